using Conseil.Web.Data;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Meetings.Written;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Privacy;

/// <summary>What the meetings hold about a person, for the access export.</summary>
public sealed record PersonMeetingRecords(List<AttendanceExport> Attendances, List<ConvocationReplyExport> Replies, List<BallotExport> Ballots,
    List<ConflictOfInterestExport> Conflicts, List<MinutesRemarkExport> Remarks, List<WrittenBallotExport> WrittenBallots);

/// <summary>
/// What the meetings hold about a person: the attendance lines, the answers to convocations, the ballots, the conflicts
/// of interest, the remarks on minutes and the votes by written procedure.
/// </summary>
public static class MeetingRecordsExport
{
    /// <summary>The lines about them (their own, or a proxy they held), the votes counted for them or cast by them, the conflicts they declared.</summary>
    public static async Task<PersonMeetingRecords> ReadAsync(AppDb db, int personId, CancellationToken ct)
    {
        var attendances = await db.Attendances.AsNoTracking().Where(a => a.PersonId == personId || a.ProxyHolderId == personId)
            .OrderBy(a => a.Meeting.StartsAt)
            .Select(a => new
            {
                a.Id, Body = a.Meeting.Body.Name, a.Meeting.StartsAt, Person = a.Person.GivenName + " " + a.Person.FamilyName, a.Presence,
                Holder = a.ProxyHolder == null ? null : a.ProxyHolder.GivenName + " " + a.ProxyHolder.FamilyName,
            })
            .ToListAsync(ct);
        var replies = await db.ConvocationReplies.AsNoTracking().Where(r => r.PersonId == personId || r.ProxyHolderId == personId)
            .OrderBy(r => r.Meeting.StartsAt)
            .Select(r => new
            {
                r.Id, Body = r.Meeting.Body.Name, r.Meeting.StartsAt, Person = r.Person.GivenName + " " + r.Person.FamilyName, r.Answer, r.RepliedAt,
                Holder = r.ProxyHolder == null ? null : r.ProxyHolder.GivenName + " " + r.ProxyHolder.FamilyName,
            })
            .ToListAsync(ct);
        var ballots = await db.Ballots.AsNoTracking().Where(b => b.PersonId == personId || b.HolderId == personId)
            .OrderBy(b => b.Vote.AgendaItem.Meeting.StartsAt).ThenBy(b => b.Id)
            .Select(b => new
            {
                b.Id, Body = b.Vote.AgendaItem.Meeting.Body.Name, b.Vote.AgendaItem.Meeting.StartsAt, Item = b.Vote.AgendaItem.Title,
                Person = b.Person.GivenName + " " + b.Person.FamilyName, Holder = b.Holder.GivenName + " " + b.Holder.FamilyName, b.Choice,
            })
            .ToListAsync(ct);
        var conflicts = await db.ConflictsOfInterest.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.DeclaredAt)
            .Select(c => new ConflictOfInterestExport(c.Id, c.AgendaItem.Meeting.Body.Name, c.AgendaItem.Meeting.StartsAt, c.AgendaItem.Title, c.DeclaredAt))
            .ToListAsync(ct);
        var remarks = await db.Set<MinutesRemark>().AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.MadeAt)
            .Select(r => new MinutesRemarkExport(r.Id, r.MeetingMinutes.Meeting.Body.Name, r.MeetingMinutes.Meeting.StartsAt,
                r.AgendaItem == null ? null : r.AgendaItem.Title, r.MadeAt, r.Text))
            .ToListAsync(ct);
        var written = await db.Set<WrittenBallot>().AsNoTracking().Where(b => b.PersonId == personId).OrderBy(b => b.WrittenConsultation.ClosesAt)
            .Select(b => new { b.Id, Body = b.WrittenConsultation.Body.Name, b.WrittenConsultation.Title, b.WrittenConsultation.ClosesAt, b.Choice, b.CastAt })
            .ToListAsync(ct);
        return new PersonMeetingRecords(
            [.. attendances.Select(a => new AttendanceExport(a.Id, a.Body, a.StartsAt, a.Person, MeetingLabels.Of(a.Presence), a.Holder))],
            [.. replies.Select(r => new ConvocationReplyExport(r.Id, r.Body, r.StartsAt, r.Person, ReplyLabels.Of(r.Answer), r.Holder, r.RepliedAt))],
            [.. ballots.Select(b => new BallotExport(b.Id, b.Body, b.StartsAt, b.Item, b.Person, b.Holder, b.Choice is { } c ? VoteLabels.Of(c) : null))],
            conflicts, remarks,
            [.. written.Select(b => new WrittenBallotExport(b.Id, b.Body, b.Title, b.ClosesAt, b.Choice is { } c ? VoteLabels.Of(c) : null, b.CastAt))]);
    }
}
