using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Minutes;

/// <summary>A person on the procès-verbal's attendance: how they attended, and who held their proxy.</summary>
public sealed record MinutesAttendance(string Name, Presence Presence, string? ProxyHolder);

/// <summary>
/// The procès-verbal as it reads: the meeting, its attendance and quorum, each agenda item with the summary of its
/// debate and the result of its vote, and the vote that approved it.
/// </summary>
public sealed record MinutesView(
    Meeting Meeting, string Body, MeetingMinutes? Minutes, IReadOnlyList<AgendaItem> Agenda, IReadOnlyDictionary<int, Vote> Votes,
    IReadOnlyList<MinutesAttendance> Attendance, QuorumCount Quorum, string? ApprovedBy)
{
    public string DebateOf(int itemId) => Minutes?.Entries.FirstOrDefault(e => e.AgendaItemId == itemId)?.Debate ?? "";

    public IEnumerable<MinutesAttendance> With(Presence presence) => Attendance.Where(a => a.Presence == presence);
}

/// <summary>A remark on the procès-verbal as the page lists it: its author, the item it concerns (none: the whole text).</summary>
public sealed record RemarkLine(int Id, int PersonId, string Author, int? ItemNumber, string? ItemTitle, string Text, DateTime MadeAt);

public sealed class MinutesQueries(AppDb db, MeetingQueries meetings, VoteQueries votes)
{
    /// <summary>The procès-verbal of a meeting whose convocation is known, in six statements whatever its length.</summary>
    public async Task<MinutesView> ViewAsync(Meeting meeting, string body, Convocation convocation, CancellationToken ct)
    {
        var minutes = await db.Set<MeetingMinutes>().AsNoTracking().Include(m => m.Entries).SingleOrDefaultAsync(m => m.MeetingId == meeting.Id, ct);
        var agenda = await meetings.AgendaAsync(meeting.Id, ct);
        var results = await votes.OfMeetingAsync(meeting.Id, ct);
        var sheet = await meetings.AttendanceAsync(meeting.Id, ct);
        var collation = StringComparer.Create(French.Culture, true);
        var attendance = sheet
            .Select(a => new MinutesAttendance(convocation.NameOf(a.PersonId), a.Presence, a.ProxyHolderId is { } holder ? convocation.NameOf(holder) : null))
            .OrderBy(a => a.Name, collation).ToList();
        var quorum = convocation.Quorum(sheet.ToDictionary(a => a.PersonId, a => a.Presence), meeting);
        string? approvedBy = null;
        if (minutes?.ApprovedByItemId is { } item)
        {
            var approval = await db.AgendaItems.AsNoTracking().Where(i => i.Id == item)
                .Select(i => new { i.Meeting.Body.Name, i.Meeting.StartsAt }).SingleAsync(ct);
            approvedBy = $"{approval.Name}, séance du {FrenchDates.Day(DateOnly.FromDateTime(FrenchDates.ToParis(approval.StartsAt)))}";
        }
        return new MinutesView(meeting, body, minutes, agenda, results, attendance, quorum, approvedBy);
    }

    /// <summary>
    /// The remarks on a procès-verbal, in the order they were made: all of them for the secretariat, a person's own for
    /// them (<paramref name="authorId"/>); none for anyone else.
    /// </summary>
    public async Task<IReadOnlyList<RemarkLine>> RemarksAsync(int minutesId, bool all, int? authorId, CancellationToken ct)
    {
        if (!all && authorId is null) return [];
        return await db.Set<MinutesRemark>().AsNoTracking()
            .Where(r => r.MeetingMinutesId == minutesId && (all || r.PersonId == authorId))
            .OrderBy(r => r.MadeAt).ThenBy(r => r.Id)
            .Select(r => new RemarkLine(r.Id, r.PersonId, r.Person.GivenName + " " + r.Person.FamilyName,
                r.AgendaItem == null ? null : r.AgendaItem.Number, r.AgendaItem == null ? null : r.AgendaItem.Title, r.Text, r.MadeAt))
            .ToListAsync(ct);
    }
}
