using System.Globalization;
using System.Text;
using Conseil.Web.Infrastructure.French;

namespace Conseil.Web.Features.Meetings.Calendar;

/// <summary>What an iCalendar object is for (RFC 5546): a feed has none, an invitation is a request, a cancellation a cancel.</summary>
public enum CalendarMethod
{
    Feed,
    Request,
    Cancel,
}

/// <summary>A person in an invitation: ORGANIZER or ATTENDEE, by address and name.</summary>
public sealed record CalendarPerson(string Email, string Name);

/// <summary>One meeting as an event; instants in UTC, written in Paris time.</summary>
public sealed record CalendarEvent(string Uid, int Sequence, DateTime StartsAt, DateTime EndsAt, string Summary)
{
    public bool Cancelled { get; init; }
    public string Location { get; init; } = "";
    public string Description { get; init; } = "";
    public string? Url { get; init; }
    public CalendarPerson? Organizer { get; init; }
    public CalendarPerson? Attendee { get; init; }
}

/// <summary>
/// Writes iCalendar (RFC 5545) by hand, Ical.Net not being available: CRLF lines folded at 75 octets of UTF-8 without
/// cutting a character, TEXT values escaped, times in Europe/Paris with its VTIMEZONE. Tested against ical.js.
/// </summary>
public static class CalendarWriter
{
    public const string MediaType = "text/calendar; charset=utf-8";
    public const string ProductId = "-//Haut Conseil du travail social//Conseil//FR";
    private const int MaxOctets = 75;

    public static string Write(IEnumerable<CalendarEvent> events, DateTime stamp, CalendarMethod method = CalendarMethod.Feed, string? name = null)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "PRODID:" + ProductId);
        Line(ics, "VERSION:2.0");
        Line(ics, "CALSCALE:GREGORIAN");
        if (method != CalendarMethod.Feed) Line(ics, "METHOD:" + method.ToString().ToUpperInvariant());
        if (name is not null) Line(ics, "X-WR-CALNAME:" + Escape(name));
        foreach (var line in ParisTimeZone) Line(ics, line);
        foreach (var e in events) Event(ics, e, stamp);
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static void Event(StringBuilder ics, CalendarEvent e, DateTime stamp)
    {
        Line(ics, "BEGIN:VEVENT");
        Line(ics, "UID:" + Escape(e.Uid));
        Line(ics, "DTSTAMP:" + Utc(stamp));
        Line(ics, "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
        Line(ics, "DTSTART;TZID=Europe/Paris:" + Paris(e.StartsAt));
        Line(ics, "DTEND;TZID=Europe/Paris:" + Paris(e.EndsAt));
        Line(ics, "STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"));
        Line(ics, "SUMMARY:" + Escape(e.Summary));
        if (e.Location.Length > 0) Line(ics, "LOCATION:" + Escape(e.Location));
        if (e.Description.Length > 0) Line(ics, "DESCRIPTION:" + Escape(e.Description));
        if (e.Url is { } url) Line(ics, "URL:" + SingleLine(url));
        if (e.Organizer is { } organizer) Line(ics, $"ORGANIZER;CN={Parameter(organizer.Name)}:mailto:{SingleLine(organizer.Email)}");
        if (e.Attendee is { } attendee)
            Line(ics, $"ATTENDEE;CN={Parameter(attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{SingleLine(attendee.Email)}");
        Line(ics, "TRANSP:OPAQUE");
        Line(ics, "END:VEVENT");
    }

    /// <summary>
    /// Europe/Paris since 1981, when the EU rules began: summer time from the last Sunday of March at 2 h; back to
    /// winter time at 3 h on the last Sunday of September until 1995, of October since 1996.
    /// </summary>
    public static readonly IReadOnlyList<string> ParisTimeZone =
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Paris",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19810927T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU;UNTIL=19950924T010000Z",
        "END:STANDARD",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

    /// <summary>A TEXT value (RFC 5545 § 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, other controls dropped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var normalised = text.ReplaceLineEndings("\n");
        foreach (var c in normalised)
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\t': escaped.Append(' '); break;
                default:
                    if (!char.IsControl(c)) escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Appends a content line, CRLF-terminated, folded so that no physical line exceeds 75 octets of UTF-8: each
    /// continuation begins with a space, and a character (a surrogate pair included) is never cut.
    /// </summary>
    public static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                ics.Append("\r\n ");
                octets = 1;
            }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }

    private static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Paris(DateTime utc) => FrenchDates.ToParis(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>A parameter value, quoted (RFC 5545 § 3.2): DQUOTE cannot appear inside, nor a control.</summary>
    private static string Parameter(string value) => "\"" + new string([.. SingleLine(value).Where(c => c != '"')]) + "\"";

    private static string SingleLine(string value) => new([.. value.Where(c => !char.IsControl(c))]);
}
