using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>
/// A document of the dossier: its versions (who deposited what, when, its checksum), a new version (members of the
/// dossier's open groups, the secretariat), and its publication (the secretariat, under <see cref="DocumentDisclosure"/>).
/// Outsiders get 404; a member who may not do a write is refused.
/// </summary>
[UploadLimit]
public class DocumentModel(DossierRights rights, DocumentQueries queries, DocumentService documents, FileStore store) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int DocumentId { get; set; }
    [BindProperty] public VersionInput Version { get; set; } = new();
    public DossierSpace Dossier { get; private set; } = null!;
    public DocumentPage Document { get; private set; } = null!;
    public long MaxBytes => store.MaxBytes;

    /// <summary>Why the document may not be made public now (shown instead of the button), or null.</summary>
    public string? PublicationRefusal => DocumentDisclosure.RefusalToPublish(Document.Kind, Dossier.State);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVersionAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!Dossier.MayContribute) return Forbid();
        if (!ModelState.IsValid) return Page();
        var result = await documents.AddVersionAsync(Dossier, DocumentId, Version, cancellationToken);
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Value is { } version)
        {
            TempData["Success"] = $"La version {version.Number} a été déposée ; les membres des groupes du dossier en sont prévenus.";
            return LocalRedirect(DocumentPaths.Document(Id, DocumentId));
        }
        ModelState.AddErrors(result, nameof(Version));
        return Page();
    }

    public async Task<IActionResult> OnPostPublicationAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!Dossier.IsSecretariat) return Forbid();
        var input = new PublicationInput();
        await TryUpdateModelAsync(input, "Publication");
        var result = await documents.SetPublicAsync(Dossier, DocumentId, input.IsPublic, cancellationToken);
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Succeeded)
        {
            TempData["Success"] = input.IsPublic ? "Le document est désormais public." : "Le document n'est plus public : il redevient préparatoire.";
            return LocalRedirect(DocumentPaths.Document(Id, DocumentId));
        }
        ModelState.AddErrors(result, "Publication");
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await rights.EnterAsync(User, Id, cancellationToken) is not { } dossier) return false;
        Dossier = dossier;
        if (await queries.DocumentAsync(Id, DocumentId, cancellationToken) is not { } document) return false;
        Document = document;
        return true;
    }
}
