using System.Net.Mail;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Meetings.Calendar;

/// <summary>A meeting as the calendars show it: read in one statement for a feed, or from a meeting for an invitation.</summary>
public sealed record MeetingEntry(int Id, string Body, DateTime StartsAt, DateTime EndsAt, string Place, string VideoLink,
    MeetingStatus Status, int Sequence, IReadOnlyList<string> Items)
{
    public int BodyId { get; init; }
    public bool IsPlenary { get; init; }
}

/// <summary>
/// Turns meetings into iCalendar events: a UID per meeting that never changes (the site's mail domain, not the
/// request's host), the meeting's SEQUENCE, CANCELLED once cancelled, the agenda's titles in the description.
/// </summary>
public sealed class MeetingEvents(IOptions<MailOptions> mail, SiteLinks links)
{
    public string Uid(int meetingId) => $"seance-{meetingId}@{MailOutbox.MessageIdDomain(mail.Value)}";

    public static string Summary(string body) => $"{body} : séance";

    /// <summary>
    /// The event of a meeting. <paramref name="workspace"/>: for its members (the video link, a link to the meeting's
    /// page); otherwise for the public (the public calendar's page, no video link).
    /// </summary>
    public CalendarEvent Of(MeetingEntry m, bool workspace)
    {
        var description = new List<string>();
        if (workspace && m.VideoLink.Length > 0) description.Add($"Visioconférence : {m.VideoLink}");
        if (m.Items.Count > 0)
        {
            description.Add("Ordre du jour :");
            description.AddRange(m.Items.Select((title, i) => $"{i + 1}. {title}"));
        }
        return new CalendarEvent(Uid(m.Id), m.Sequence, m.StartsAt, m.EndsAt, Summary(m.Body))
        {
            Cancelled = m.Status == MeetingStatus.Cancelled,
            Location = m.Place.Length > 0 ? m.Place : workspace ? m.VideoLink : "",
            Description = string.Join('\n', description),
            Url = links.Absolute(workspace ? MeetingPaths.Meeting(m.Id) : MeetingPaths.PublicCalendar),
        };
    }

    /// <summary>The invitation sent by e-mail to one person (RFC 5546: the council organises, the person attends).</summary>
    public CalendarEvent Invitation(MeetingEntry m, string email, string name)
    {
        var from = MailAddress.TryCreate(mail.Value.From, out var address) ? address.Address : "ne-pas-repondre@conseil.invalid";
        return Of(m, workspace: true) with
        {
            Organizer = new CalendarPerson(from, mail.Value.CouncilName),
            Attendee = new CalendarPerson(email, name),
        };
    }
}
