using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Written;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>
/// A written procedure as the secretariat follows it: the proposal, who has voted so far (the choices stay secret until
/// the count), and, after the deadline, the count.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class ConsultationModel(AppDb db, WrittenService service, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public WrittenConsultation Consultation { get; private set; } = null!;
    public IReadOnlyList<(string Name, DateTime? CastAt)> Members { get; private set; } = [];
    public bool MayClose => Consultation.Status == ConsultationStatus.Open && clock.GetUtcNow().UtcDateTime >= Consultation.ClosesAt;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        var result = await service.CloseAsync(Id, ct);
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Succeeded)
        {
            TempData["Success"] = "La consultation est dépouillée.";
            return LocalRedirect(MeetingPaths.Consultation(Id));
        }
        ModelState.AddErrors(result, "Closing");
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var consultation = await db.Set<WrittenConsultation>().AsNoTracking().Include(c => c.Body).Include(c => c.Ballots).ThenInclude(b => b.Person)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == Id, ct);
        if (consultation is null) return false;
        Consultation = consultation;
        Members = [.. consultation.Ballots.OrderBy(b => b.Person.SearchKey).Select(b => (b.Person.FullName, b.CastAt))];
        return true;
    }
}
