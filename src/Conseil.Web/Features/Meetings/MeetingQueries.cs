using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Rules;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

public sealed record MeetingRow(int Id, string Body, DateTime StartsAt, DateTime EndsAt, MeetingMode Mode, string Place, bool IsPublic,
    MeetingStatus Status, int Items, bool IsSecondConvocation);

/// <summary>A table of meetings on the list page.</summary>
public sealed record MeetingTable(string Caption, IReadOnlyList<MeetingRow> Rows);

public sealed record MeetingList(IReadOnlyList<MeetingRow> Upcoming, IReadOnlyList<MeetingRow> Past, int PastCount);

/// <summary>A public session on the public calendar: its agenda's titles only (the dossiers under instruction stay private).</summary>
public sealed record PublicMeeting(int Id, string Body, DateTime StartsAt, DateTime EndsAt, MeetingMode Mode, string Place, IReadOnlyList<string> Items,
    bool MinutesPublished);

public sealed record PublicCalendar(IReadOnlyList<PublicMeeting> Upcoming, IReadOnlyList<PublicMeeting> Past);

public sealed record AttendanceLine(int PersonId, Presence Presence, int? ProxyHolderId);

public sealed class MeetingQueries(AppDb db, TimeProvider clock)
{
    public const int PastShown = 50;

    /// <summary>
    /// The meetings a user sees: all of them (<paramref name="all"/>: the secretariat, the president), else the public
    /// ones and those of the bodies they sit on. Upcoming first, then the latest past ones; two statements.
    /// </summary>
    public async Task<MeetingList> ListAsync(bool all, IReadOnlySet<int> bodies, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visible = db.Meetings.AsNoTracking().Where(m => all || m.IsPublic || bodies.Contains(m.BodyId));
        var upcoming = await Rows(visible.Where(m => m.EndsAt >= now).OrderBy(m => m.StartsAt)).ToListAsync(ct);
        var past = visible.Where(m => m.EndsAt < now);
        var latest = await Rows(past.OrderByDescending(m => m.StartsAt).Take(PastShown)).ToListAsync(ct);
        var count = latest.Count < PastShown ? latest.Count : await past.CountAsync(ct);
        return new MeetingList(upcoming, latest, count);
    }

    /// <summary>The public sessions not cancelled: all those to come, the latest past ones; one statement.</summary>
    public async Task<PublicCalendar> PublicCalendarAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddYears(-10);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.IsPublic && m.Status != MeetingStatus.Cancelled && m.StartsAt >= since)
            .OrderByDescending(m => m.StartsAt).Take(PastShown + 50)
            .Select(m => new
            {
                m.Id, m.Body.Name, m.StartsAt, m.EndsAt, m.Mode, m.Place,
                Items = m.Items.OrderBy(i => i.Number).Select(i => i.Title).ToList(),
                Minutes = db.Set<MeetingMinutes>().Any(x => x.MeetingId == m.Id && x.Status == MinutesStatus.Approved),
            })
            .ToListAsync(ct);
        var all = meetings.Select(m => new PublicMeeting(m.Id, m.Name, m.StartsAt, m.EndsAt, m.Mode, m.Place, m.Items, m.Minutes)).ToList();
        return new PublicCalendar([.. all.Where(m => m.EndsAt >= now).OrderBy(m => m.StartsAt)], [.. all.Where(m => m.EndsAt < now).Take(PastShown)]);
    }

    public Task<List<AgendaItem>> AgendaAsync(int meetingId, CancellationToken ct) =>
        db.AgendaItems.AsNoTracking().Include(i => i.Dossier).Where(i => i.MeetingId == meetingId).OrderBy(i => i.Number).ToListAsync(ct);

    public Task<List<AttendanceLine>> AttendanceAsync(int meetingId, CancellationToken ct) =>
        db.Attendances.AsNoTracking().Where(a => a.MeetingId == meetingId)
            .Select(a => new AttendanceLine(a.PersonId, a.Presence, a.ProxyHolderId)).ToListAsync(ct);

    /// <summary>The answers to the meeting's convocation.</summary>
    public Task<List<ConvocationReply>> RepliesAsync(int meetingId, CancellationToken ct) =>
        db.ConvocationReplies.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct);

    /// <summary>The second convocation of a postponed meeting, or its first when it is one.</summary>
    public Task<int?> SecondConvocationOfAsync(int meetingId, CancellationToken ct) =>
        db.Meetings.Where(m => m.FirstConvocationId == meetingId).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);

    private static IQueryable<MeetingRow> Rows(IQueryable<Meeting> meetings) => meetings.Select(m => new MeetingRow(
        m.Id, m.Body.Name, m.StartsAt, m.EndsAt, m.Mode, m.Place, m.IsPublic, m.Status, m.Items.Count, m.FirstConvocationId != null));
}
