using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>
/// The new-hearing and hearing pages: the dossier's space (404 outside it), the form's choices, and « Ajouter une
/// personne », a submit button that redisplays the form with one more row (no JavaScript needed, nothing saved).
/// </summary>
public abstract class HearingFormPage(DossierRights rights, HearingQueries queries) : PageModel
{
    protected HearingQueries Queries { get; } = queries;

    [FromRoute] public int Id { get; set; }
    [BindProperty] public HearingInput Input { get; set; } = new();
    public DossierSpace Dossier { get; private set; } = null!;
    public HearingChoices Choices { get; private set; } = new([], []);

    /// <summary>The page's own reads once the dossier is entered; false when its object is not found.</summary>
    protected virtual Task<bool> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task<IActionResult> OnPostAddPersonAsync(CancellationToken cancellationToken)
    {
        if (await EnterAsync(cancellationToken) is { } refused) return refused;
        if (!Dossier.MayLead) return Forbid();
        // The rows typed so far come back as they are, without the errors of a form not yet submitted.
        ModelState.Clear();
        Input.WithAnotherRow();
        return Page();
    }

    /// <summary>Enters the dossier and reads the page: null when it may go on, else 404.</summary>
    protected async Task<IActionResult?> EnterAsync(CancellationToken cancellationToken)
    {
        if (await rights.EnterAsync(User, Id, cancellationToken) is not { } dossier) return NotFound();
        Dossier = dossier;
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Choices = await Queries.ChoicesAsync(Id, cancellationToken);
        return null;
    }

    /// <summary>Validates and saves; on success back to <paramref name="done"/>, else the form with its errors.</summary>
    protected async Task<IActionResult> SaveAsync(Func<Task<WriteResult<Hearing>>> save, string message, Func<Hearing, string> done)
    {
        if (!Dossier.MayLead) return Forbid();
        if (ModelState.IsValid)
        {
            var result = await save();
            if (result.Status == WriteStatus.NotFound) return NotFound();
            if (result.Value is { } hearing)
            {
                TempData["Success"] = message;
                return LocalRedirect(done(hearing));
            }
            ModelState.AddErrors(result, nameof(Input));
        }
        Input.WithBlankRow();
        return Page();
    }
}
