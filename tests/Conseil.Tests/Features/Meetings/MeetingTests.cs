using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// The secretariat schedules a meeting, composes its agenda, records attendance with proxies and concludes it: held
/// when the quorum is met, postponed otherwise and convened a second time with the same agenda, needing no quorum.
/// </summary>
public sealed class MeetingTests : MeetingTest
{
    private static readonly DateTime Day = new(2026, 12, 10, 13, 0, 0, DateTimeKind.Utc);

    private static Dictionary<string, string> Schedule(int body, string date, string start, string end, string mode, string place = "", string link = "") => new()
    {
        ["Input.BodyId"] = body.ToString(), ["Input.Date"] = date, ["Input.StartTime"] = start, ["Input.EndTime"] = end,
        ["Input.Mode"] = mode, ["Input.Place"] = place, ["Input.VideoLink"] = link, ["Input.IsPublic"] = "true",
    };

    [Fact]
    public async Task A_meeting_is_scheduled_in_Paris_time_and_opens_on_its_page()
    {
        var plenary = await QueryAsync(db => db.Bodies.Where(b => b.Kind == Web.Features.Composition.BodyKind.Plenary).Select(b => b.Id).SingleAsync(Ct));

        var response = await Forms.PostAsync(Secretariat, MeetingPaths.New,
            Schedule(plenary, "2027-03-28", "09:30", "12:30", "Hybrid", "Ministère des Solidarités", "https://webconf.numerique.gouv.fr/pleniere"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var meeting = await QueryAsync(db => db.Meetings.OrderBy(m => m.Id).LastAsync(Ct));
        response.Headers.Location!.ToString().ShouldBe(MeetingPaths.Meeting(meeting.Id));
        // 28 March 2027 is the day summer time begins: 9 h 30 in Paris is 7 h 30 UTC.
        (meeting.StartsAt, meeting.EndsAt).ShouldBe((new DateTime(2027, 3, 28, 7, 30, 0), new DateTime(2027, 3, 28, 10, 30, 0)));
        (meeting.Mode, meeting.IsPublic, meeting.Status).ShouldBe((MeetingMode.Hybrid, true, MeetingStatus.Planned));
        var page = await PageAsync(await Secretariat.GetAsync(MeetingPaths.Meeting(meeting.Id), Ct));
        page.QuerySelector("main")!.TextContent.ShouldContain("Dimanche 28 mars 2027, de 9 h 30 à 12 h 30");
    }

    [Fact]
    public async Task A_meeting_that_ends_before_it_starts_at_an_hour_Paris_skips_or_online_without_a_link_is_refused_beside_its_field()
    {
        var plenary = await QueryAsync(db => db.Bodies.Select(b => b.Id).FirstAsync(Ct));
        var count = await QueryAsync(db => db.Meetings.CountAsync(Ct));

        var ends = await PageAsync(await Forms.PostAsync(Secretariat, MeetingPaths.New, Schedule(plenary, "2027-01-12", "14:00", "10:00", "InPerson", "Salle 1")));
        ends.QuerySelector("#Input_EndTime-error")!.TextContent.ShouldBe("La séance doit finir après avoir commencé : l'heure de fin suit l'heure de début.");

        var skipped = await PageAsync(await Forms.PostAsync(Secretariat, MeetingPaths.New, Schedule(plenary, "2027-03-28", "02:30", "04:00", "InPerson", "Salle 1")));
        skipped.QuerySelector("#Input_StartTime-error")!.TextContent.ShouldStartWith("L'heure 2 h 30 n'existe pas à Paris le 28 mars 2027");

        var remote = await PageAsync(await Forms.PostAsync(Secretariat, MeetingPaths.New, Schedule(plenary, "2027-01-12", "14:00", "16:00", "Remote", link: "webconf")));
        remote.QuerySelector("#Input_VideoLink-error")!.TextContent.ShouldStartWith("Le lien de la visioconférence doit être une adresse web complète");

        (await QueryAsync(db => db.Meetings.CountAsync(Ct))).ShouldBe(count);
    }

    [Fact]
    public async Task The_agenda_keeps_its_numbers_as_items_are_added_moved_up_and_taken_off()
    {
        var (meeting, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission ordre du jour", 2, Day));
        var url = MeetingPaths.Meeting(meeting.Id);

        (await Forms.PostAsync(Secretariat, url, new Dictionary<string, string> { ["Item.Title"] = "Avis sur le référentiel", ["Item.Kind"] = "Vote" }, url + "?handler=AddItem"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var added = await QueryAsync(db => db.AgendaItems.SingleAsync(i => i.MeetingId == meeting.Id && i.Number == 3, Ct));
        (await Forms.PostAsync(Secretariat, url, new Dictionary<string, string> { ["Target.ItemId"] = added.Id.ToString() }, url + "?handler=MoveUp"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var first = await QueryAsync(db => db.AgendaItems.SingleAsync(i => i.MeetingId == meeting.Id && i.Number == 1, Ct));
        (await Forms.PostAsync(Secretariat, url, new Dictionary<string, string> { ["Target.ItemId"] = first.Id.ToString() }, url + "?handler=RemoveItem"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await QueryAsync(db => db.AgendaItems.Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Number).Select(i => i.Number + ". " + i.Title).ToListAsync(Ct)))
            .ShouldBe(["1. Avis sur le référentiel", "2. Point d'étape"]);
        var page = await PageAsync(await Forms.PostAsync(Secretariat, url, new Dictionary<string, string> { ["Target.ItemId"] = added.Id.ToString() }, url + "?handler=MoveUp"));
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Ce point est déjà le premier de l'ordre du jour.");
    }

    [Fact]
    public async Task A_second_proxy_to_the_same_holder_or_to_someone_absent_is_refused_and_nothing_of_the_sheet_is_saved()
    {
        var (meeting, m) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission des procurations", 4, Day));
        var url = MeetingPaths.Attendance(meeting.Id);

        var twice = await PageAsync(await Forms.PostAsync(Secretariat, url,
            MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Represented", m[0]), (m[2], "Represented", m[0]), (m[3], "Absent", null))));
        twice.QuerySelector("#Sheet_Rows_2__ProxyHolderId-erreur")!.TextContent
            .ShouldBe($"{m[0].GivenName} {m[0].FamilyName} détient déjà une procuration : un membre n'en détient qu'une à la fois.");

        var absent = await PageAsync(await Forms.PostAsync(Secretariat, url,
            MeetingBuilders.Sheet((m[0], "Excused", null), (m[1], "Represented", m[0]), (m[2], "Present", null), (m[3], "Absent", null))));
        absent.QuerySelector("#Sheet_Rows_1__ProxyHolderId-erreur")!.TextContent.ShouldStartWith($"{m[0].GivenName} {m[0].FamilyName} doit assister à la séance");

        (await QueryAsync(db => db.Attendances.CountAsync(a => a.MeetingId == meeting.Id, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task With_the_quorum_met_through_a_proxy_the_meeting_is_recorded_held()
    {
        var (meeting, m) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission du quorum", 4, Day));

        var saved = await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(meeting.Id),
            MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Represented", m[0]), (m[2], "Excused", null), (m[3], "Absent", null)));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await PageAsync(await Secretariat.GetAsync(MeetingPaths.Meeting(meeting.Id), Ct));
        page.QuerySelector("#quorum-etat")!.TextContent.Trim().ShouldBe("Quorum atteint : 2 membres présents ou représentés sur 4 (2 requis).");
        await ConcludeAsync(meeting.Id);
        (await QueryAsync(db => db.Meetings.SingleAsync(x => x.Id == meeting.Id, Ct))).Status.ShouldBe(MeetingStatus.Held);
        var proxy = await QueryAsync(db => db.Attendances.SingleAsync(a => a.MeetingId == meeting.Id && a.PersonId == m[1].Id, Ct));
        (proxy.Presence, proxy.ProxyHolderId).ShouldBe((Presence.Represented, m[0].Id));
    }

    [Fact]
    public async Task Without_quorum_the_meeting_is_postponed_and_its_second_convocation_keeps_the_agenda_and_needs_no_quorum()
    {
        var (meeting, m) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission reportée", 4, Day));
        await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(meeting.Id),
            MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Excused", null), (m[2], "Excused", null), (m[3], "Absent", null)));
        await ConcludeAsync(meeting.Id);
        (await QueryAsync(db => db.Meetings.SingleAsync(x => x.Id == meeting.Id, Ct))).Status.ShouldBe(MeetingStatus.Postponed);

        var url = MeetingPaths.Meeting(meeting.Id);
        var again = await Forms.PostAsync(Secretariat, url,
            new Dictionary<string, string> { ["Again.Date"] = "2026-12-17", ["Again.StartTime"] = "14:00", ["Again.EndTime"] = "16:00" }, url + "?handler=ConveneAgain");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect, await again.Content.ReadAsStringAsync(Ct));
        var second = await QueryAsync(db => db.Meetings.Include(x => x.Items).SingleAsync(x => x.FirstConvocationId == meeting.Id, Ct));
        second.Items.OrderBy(i => i.Number).Select(i => i.Title).ShouldBe(["Approbation du procès-verbal", "Point d'étape"]);

        await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(second.Id),
            MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Excused", null), (m[2], "Excused", null), (m[3], "Absent", null)));
        await ConcludeAsync(second.Id);
        (await QueryAsync(db => db.Meetings.SingleAsync(x => x.Id == second.Id, Ct))).Status.ShouldBe(MeetingStatus.Held);
    }

}
