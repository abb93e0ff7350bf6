using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>A dossier's hearings, those to come then those held; the way to the annex of people heard. Outsiders get 404.</summary>
public class HearingsModel(DossierRights rights, HearingQueries queries, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public DossierSpace Dossier { get; private set; } = null!;
    public IReadOnlyList<HearingRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<HearingRow> Held { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await rights.EnterAsync(User, Id, cancellationToken) is not { } dossier) return NotFound();
        Dossier = dossier;
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await queries.ListAsync(Id, cancellationToken);
        Upcoming = [.. all.Where(h => h.At > now).OrderBy(h => h.At).ThenBy(h => h.Id)];
        Held = [.. all.Where(h => h.At <= now)];
        return Page();
    }
}
