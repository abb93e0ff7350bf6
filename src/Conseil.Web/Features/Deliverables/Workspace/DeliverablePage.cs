using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Forms;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// A page of the deliverables, inside the dossier's space: whoever may not enter gets 404, as for a dossier that does
/// not exist. Everyone in the space reads; the co-leads, the rapporteur and the secretariat (<see cref="DossierSpace.MayLead"/>) write.
/// </summary>
public abstract class DeliverablePage(DossierRights rights) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public DossierSpace Dossier { get; private set; } = null!;

    /// <summary>Enters the dossier and reads the page: null when it may go on, else 404.</summary>
    protected async Task<IActionResult?> EnterAsync(CancellationToken ct)
    {
        if (await rights.EnterAsync(User, Id, ct) is not { } dossier) return NotFound();
        Dossier = dossier;
        return await LoadAsync(ct) ? null : NotFound();
    }

    /// <summary>The title of the dossier's deliverable of that id, or null when the dossier has none.</summary>
    protected Task<string?> DeliverableTitleAsync(int deliverableId, CancellationToken ct) =>
        HttpContext.RequestServices.GetRequiredService<DeliverableQueries>().TitleAsync(Id, deliverableId, ct);

    /// <summary>
    /// Binds only the form that was posted, under its prefix, for a page with several forms; its values pass the text
    /// guard as a handler's own parameters do (the guard's filter ran before this binding).
    /// </summary>
    protected async Task<T> BindFormAsync<T>(string prefix) where T : class, new()
    {
        var input = new T();
        await TryUpdateModelAsync(input, prefix);
        TextGuard.Check(ModelState);
        return input;
    }

    /// <summary>The page's own reads once the dossier is entered; false when its object is not found.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken ct);

    /// <summary>
    /// A write of the page, by <paramref name="writers"/>: refused to others (403), 404 when its object is gone, else back to <paramref name="done"/>
    /// with the message, or the page again with the errors under <paramref name="prefix"/>.
    /// </summary>
    protected async Task<IActionResult> WriteAsync<T>(Func<Task<WriteResult<T>>> write, string message, Func<T, string> done, string prefix,
        CancellationToken ct, Writers writers = Writers.Leads)
    {
        // A reader's write is refused before anything is looked up, whether or not its object still exists.
        if (await rights.EnterAsync(User, Id, ct) is not { } dossier) return NotFound();
        Dossier = dossier;
        var may = writers switch
        {
            Writers.Contributors => Dossier.MayContribute,
            Writers.Secretariat => Dossier.IsSecretariat,
            _ => Dossier.MayLead,
        };
        if (!may) return Forbid();
        if (!await LoadAsync(ct)) return NotFound();
        if (ModelState.IsValid)
        {
            var result = await write();
            if (result.Status == WriteStatus.NotFound) return NotFound();
            if (result.Value is { } value)
            {
                TempData["Success"] = message;
                return LocalRedirect(done(value));
            }
            ModelState.AddErrors(result, prefix);
        }
        return Page();
    }
}

/// <summary>Who of the space writes: the co-leads, rapporteur and secretariat; every member of an open group; the secretariat alone.</summary>
public enum Writers
{
    Leads,
    Contributors,
    Secretariat,
}
