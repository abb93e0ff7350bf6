using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Infrastructure.Caching;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Public;

/// <summary>
/// The published procès-verbal of a public session, once approved. A closed session's, or one not yet approved, does
/// not exist here (404): drafts never reach the public side (CRPA L311-2).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCacheTags.Meetings])]
public class PublicMinutesModel(AppDb db, Convocations convocations, MinutesQueries queries) : PageModel
{
    public MinutesView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body)
            .Where(m => m.Id == id && m.IsPublic && db.Set<MeetingMinutes>().Any(x => x.MeetingId == m.Id && x.Status == MinutesStatus.Approved))
            .SingleOrDefaultAsync(ct);
        if (meeting is null) return NotFound();
        var day = DateOnly.FromDateTime(FrenchDates.ToParis(meeting.StartsAt));
        View = await queries.ViewAsync(meeting, meeting.Body.Name, await convocations.OfAsync(meeting.BodyId, meeting.Body.Kind, day, ct), ct);
        return Page();
    }
}
