using System.Text;
using Conseil.Tests.Support;
using Conseil.Web.Features.Meetings.Calendar;

namespace Conseil.Tests.Features.Meetings;

/// <summary>The iCalendar writer: RFC 5545 line folding and escaping, and Paris time read back by ical.js across summer time.</summary>
public sealed class CalendarWriterTests
{
    private static readonly DateTime Stamp = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CalendarEvent Event(int id, DateTime startsUtc, string summary = "Assemblée plénière : séance") =>
        new($"seance-{id}@conseil.test", 0, startsUtc, startsUtc.AddHours(3), summary);

    [Fact]
    public void Text_values_escape_backslashes_semicolons_commas_and_line_breaks()
    {
        CalendarWriter.Escape("a\\b;c,d\r\ne\nf\rg\u0007h").ShouldBe(@"a\\b\;c\,d\ne\nf\ng" + "h");
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_of_UTF8_without_cutting_a_character_and_unfold_to_the_same_text()
    {
        // Accents take 2 octets, the euro sign 3, an emoji 4 (a surrogate pair in .NET): a fold lands inside each sooner or later.
        var value = string.Concat(Enumerable.Repeat("Séance « œuvre » à 10 € 🗓️ ; ", 12));
        var ics = new StringBuilder();
        CalendarWriter.Line(ics, "DESCRIPTION:" + value);
        var text = ics.ToString();

        text.ShouldEndWith("\r\n");
        var lines = text[..^2].Split("\r\n");
        lines.Length.ShouldBeGreaterThan(5);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in lines)
        {
            var octets = Encoding.UTF8.GetBytes(line);
            octets.Length.ShouldBeLessThanOrEqualTo(75, line);
            strict.GetString(octets).ShouldBe(line); // no lone surrogate, no cut sequence
        }
        lines.Skip(1).ShouldAllBe(l => l.StartsWith(' '));
        string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])).ShouldBe("DESCRIPTION:" + value);
    }

    [Fact]
    public void Every_line_ends_with_CRLF_and_the_calendar_carries_its_product_version_method_and_the_Paris_time_zone()
    {
        var ics = CalendarWriter.Write([Event(1, new DateTime(2027, 1, 14, 13, 0, 0))], Stamp, CalendarMethod.Request);

        ics.Replace("\r\n", "").ShouldNotContain('\n');
        ics.Replace("\r\n", "").ShouldNotContain('\r');
        ics.ShouldStartWith("BEGIN:VCALENDAR\r\nPRODID:-//Haut Conseil du travail social//Conseil//FR\r\nVERSION:2.0\r\n");
        ics.ShouldContain("\r\nMETHOD:REQUEST\r\n");
        ics.ShouldContain("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n");
        ics.ShouldContain("\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n");
        ics.ShouldContain("\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n");
        ics.ShouldContain("\r\nDTSTART;TZID=Europe/Paris:20270114T140000\r\n");
        ics.ShouldContain("\r\nDTSTAMP:20261122T100000Z\r\n");
        ics.ShouldEndWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        CalendarWriter.Write([], Stamp).ShouldNotContain("METHOD:");
    }

    [Fact]
    public async Task Ical_js_reads_the_hours_in_Paris_time_in_winter_in_summer_and_under_the_rules_before_1996()
    {
        var ics = CalendarWriter.Write(
            [
                Event(1, new DateTime(2027, 1, 14, 13, 0, 0)),   // 14 h in Paris, winter time (UTC+1)
                Event(2, new DateTime(2027, 3, 30, 7, 30, 0)),   // 9 h 30 in Paris, two days after summer time began (UTC+2)
                Event(3, new DateTime(2027, 3, 27, 8, 30, 0)),   // 9 h 30 in Paris, the day before it began
                Event(4, new DateTime(2027, 10, 30, 12, 0, 0)),  // 14 h, the Saturday before winter time comes back
                Event(5, new DateTime(1995, 10, 10, 13, 0, 0)),  // 14 h: winter time since the last Sunday of September then
                Event(6, new DateTime(1995, 9, 20, 12, 0, 0)),   // 14 h: still summer time
            ], Stamp);

        var parsed = await IcalJs.ParseAsync(ics);

        parsed.Version.ShouldBe("2.0");
        parsed.Method.ShouldBeNull();
        parsed.Events.Select(e => (e.Uid, e.Tzid, e.Start, e.StartUtc)).ShouldBe(
        [
            ("seance-1@conseil.test", "Europe/Paris", "2027-01-14T14:00:00", "2027-01-14T13:00:00Z"),
            ("seance-2@conseil.test", "Europe/Paris", "2027-03-30T09:30:00", "2027-03-30T07:30:00Z"),
            ("seance-3@conseil.test", "Europe/Paris", "2027-03-27T09:30:00", "2027-03-27T08:30:00Z"),
            ("seance-4@conseil.test", "Europe/Paris", "2027-10-30T14:00:00", "2027-10-30T12:00:00Z"),
            ("seance-5@conseil.test", "Europe/Paris", "1995-10-10T14:00:00", "1995-10-10T13:00:00Z"),
            ("seance-6@conseil.test", "Europe/Paris", "1995-09-20T14:00:00", "1995-09-20T12:00:00Z"),
        ]);
        parsed.Events[1].EndUtc.ShouldBe("2027-03-30T10:30:00Z");
    }

    [Fact]
    public async Task Ical_js_reads_back_escaped_and_folded_text_the_sequence_and_the_cancellation()
    {
        var description = "Ordre du jour :\n1. Avis « travail social » ; vote, puis débat\n2. C:\\dossiers\\" + new string('é', 60);
        var ics = CalendarWriter.Write(
            [
                Event(7, new DateTime(2027, 2, 1, 9, 0, 0), "Commission permanente, CEDTS ; séance") with
                {
                    Sequence = 3, Cancelled = true, Location = "Salle Laroque, 14 avenue Duquesne ; Paris 7e", Description = description,
                    Url = "https://conseil.test/espace/seances/7",
                    Organizer = new CalendarPerson("ne-pas-repondre@conseil.test", "Haut Conseil \"HCTS\""),
                    Attendee = new CalendarPerson("jeanne@exemple.fr", "Jeanne Essai"),
                },
            ], Stamp, CalendarMethod.Cancel);

        var parsed = await IcalJs.ParseAsync(ics);

        parsed.Method.ShouldBe("CANCEL");
        var e = parsed.Events.ShouldHaveSingleItem();
        (e.Summary, e.Location, e.Description, e.Url).ShouldBe(("Commission permanente, CEDTS ; séance", "Salle Laroque, 14 avenue Duquesne ; Paris 7e",
            description, "https://conseil.test/espace/seances/7"));
        (e.Sequence, e.Status).ShouldBe((3, "CANCELLED"));
        (e.Organizer, e.Attendee).ShouldBe(("mailto:ne-pas-repondre@conseil.test", "mailto:jeanne@exemple.fr"));
    }
}
