using Conseil.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Conseil.Web.Features.Meetings.Public;

/// <summary>The public calendar: the public sessions to come, with their agenda, and the latest ones held. Closed sessions never appear.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCacheTags.Meetings])]
public class CalendarModel(MeetingQueries queries) : PageModel
{
    public PublicCalendar Calendar { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Calendar = await queries.PublicCalendarAsync(ct);
}
