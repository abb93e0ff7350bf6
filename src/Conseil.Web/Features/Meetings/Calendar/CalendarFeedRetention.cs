using Conseil.Web.Data;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Meetings.Calendar;

/// <summary>A former member's calendar addresses go with their account, after the same period (Privacy:Retention:FormerMemberAccountMonths).</summary>
public sealed class CalendarFeedRetention(IOptions<RetentionOptions> options) : IRetentionStep
{
    public async Task ApplyAsync(AppDb db, DateOnly today, CancellationToken ct)
    {
        var former = RetentionRules.FormerMembers(db, today.AddMonths(-options.Value.FormerMemberAccountMonths)).Select(p => (int?)p.Id);
        var feeds = await db.Set<CalendarFeed>().AsTracking().Where(f => former.Contains(f.PersonId)).ToListAsync(ct);
        if (feeds.Count == 0) return;
        await using var unit = await db.JoinOrBeginTransactionAsync(ct);
        db.Set<CalendarFeed>().RemoveRange(feeds);
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
    }
}
