using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>
/// A dossier's documents, the latest first, and the form to deposit one (members of its open groups and the secretariat).
/// <c>?audition=12</c> deposits the minutes of that hearing and goes back to it. Outsiders get 404.
/// </summary>
[UploadLimit]
public class DocumentsModel(DossierRights rights, DocumentQueries queries, DocumentService documents, FileStore store) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [FromQuery(Name = "audition")] public int? Audition { get; set; }
    [BindProperty] public DocumentInput Input { get; set; } = new();
    public DossierSpace Dossier { get; private set; } = null!;
    public DocumentList List { get; private set; } = null!;
    public HearingLink? ForHearing { get; private set; }
    public long MaxBytes => store.MaxBytes;

    public static IEnumerable<SelectListItem> KindChoices =>
        Enum.GetValues<DocumentKind>().Select(k => new SelectListItem(DossierLabels.Of(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (ForHearing is { } hearing)
            Input = new DocumentInput
            {
                Kind = DocumentKind.HearingMinutes, HearingId = hearing.Id, Title = $"Compte rendu de l'audition du {FrenchDates.Day(DateOnly.FromDateTime(FrenchDates.ToParis(hearing.At)))}",
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Audition = Input.HearingId;
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!Dossier.MayContribute) return Forbid();
        if (!ModelState.IsValid) return Page();
        var result = await documents.AddAsync(Dossier, Input, cancellationToken);
        if (result.Value is { } document)
        {
            TempData["Success"] = $"Le document « {document.Title} » a été déposé ; les membres des groupes du dossier en sont prévenus.";
            return LocalRedirect(Input.HearingId is { } hearing ? HearingPaths.Hearing(Id, hearing) : DocumentPaths.Document(Id, document.Id));
        }
        ModelState.AddErrors(result, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await rights.EnterAsync(User, Id, cancellationToken) is not { } dossier) return false;
        Dossier = dossier;
        if (Audition is { } hearingId && (ForHearing = await queries.HearingAsync(Id, hearingId, cancellationToken)) is null) return false;
        List = await queries.ListAsync(Id, PageNumber, cancellationToken);
        return true;
    }
}
