using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// A body's rules of deliberation, set by the secretariat on the body's page or by the API, on both databases: the
/// quorum its meetings need, whether a second convocation is exempt, the majority a vote proposes, the proxies a member holds.
/// </summary>
public sealed class DeliberationRulesTests : MeetingTest
{
    // 12 January 2027, 14 h in Paris: after the test clock's today.
    private static readonly DateTime Day = new(2027, 1, 12, 13, 0, 0, DateTimeKind.Utc);

    private static string BodyPage(int bodyId) => $"/espace/composition/instance/{bodyId}";

    private Task<HttpResponseMessage> SetRulesAsync(int bodyId, string quorum, bool secondWithoutQuorum, string majority, string proxies) =>
        Forms.PostAsync(Secretariat, BodyPage(bodyId), new Dictionary<string, string>
        {
            ["Deliberation.Quorum"] = quorum, ["Deliberation.SecondConvocationWithoutQuorum"] = secondWithoutQuorum.ToString(),
            ["Deliberation.Majority"] = majority, ["Deliberation.MaxProxiesHeld"] = proxies,
        }, BodyPage(bodyId) + "?handler=Deliberation");

    private async Task<string> QuorumShownAsync(int meetingId) =>
        (await PageAsync(await Secretariat.GetAsync(MeetingPaths.Meeting(meetingId), Ct))).QuerySelector("#quorum-etat")!.TextContent.Trim();

    [Fact]
    public async Task A_commission_of_the_majority_of_its_members_with_two_proxies_each_decides_under_its_own_rules_and_its_minutes_keep_them()
    {
        var (meeting, m) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission réglée", 4, Day));

        (await SetRulesAsync(meeting.BodyId, "MajorityOfMembers", false, "VotesCast", "2")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var body = await PageAsync(await Secretariat.GetAsync(BodyPage(meeting.BodyId), Ct));
        body.QuerySelector<IHtmlSelectElement>("#Deliberation_Quorum")!.SelectedOptions.Single().TextContent
            .ShouldBe("La majorité des membres (plus de la moitié), présents ou représentés");
        body.QuerySelector<IHtmlSelectElement>("#Deliberation_Majority")!.SelectedOptions.Single().TextContent.ShouldBe("Majorité des suffrages exprimés");

        // One member holds the proxies of two others: allowed here, and 3 of 4 meet the majority of the members.
        var sheet = await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(meeting.Id),
            MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Represented", m[0]), (m[2], "Represented", m[0]), (m[3], "Absent", null)));
        sheet.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sheet.Content.ReadAsStringAsync(Ct));
        (await QuorumShownAsync(meeting.Id)).ShouldBe("Quorum atteint : 3 membres présents ou représentés sur 4 (3 requis).");
        await ConcludeAsync(meeting.Id);

        // The vote proposes the body's majority.
        var item = meeting.Items.Single(i => i.Kind == AgendaItemKind.Vote).Id;
        var vote = await PageAsync(await Secretariat.GetAsync(MeetingPaths.Vote(meeting.Id, item), Ct));
        vote.QuerySelector<IHtmlSelectElement>("#Opening_Majority")!.Value.ShouldBe("VotesCast");

        // The meeting held keeps the quorum it was concluded under when the body's rules change.
        (await SetRulesAsync(meeting.BodyId, "None", true, "MembersPresentOrRepresented", "1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QuorumShownAsync(meeting.Id)).ShouldBe("Quorum atteint : 3 membres présents ou représentés sur 4 (3 requis).");
        (await QueryAsync(db => db.Meetings.SingleAsync(x => x.Id == meeting.Id, Ct))).Quorum.ShouldBe(QuorumRule.MajorityOfMembers);
    }

    [Fact]
    public async Task A_body_whose_second_convocation_needs_a_quorum_postpones_it_again_and_a_body_without_proxies_refuses_them()
    {
        var (meeting, m) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission stricte", 4, Day));
        (await SetRulesAsync(meeting.BodyId, "HalfOfMembers", false, "MembersPresentOrRepresented", "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await PageAsync(await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(meeting.Id),
            MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Represented", m[0]), (m[2], "Excused", null), (m[3], "Absent", null))));
        refused.QuerySelector("#Sheet_Rows_1__ProxyHolderId-erreur")!.TextContent
            .ShouldBe("Les règles de cette instance n'admettent pas de procuration : chaque membre vote en personne.");
        (await QueryAsync(db => db.Attendances.CountAsync(a => a.MeetingId == meeting.Id, Ct))).ShouldBe(0);

        var alone = MeetingBuilders.Sheet((m[0], "Present", null), (m[1], "Excused", null), (m[2], "Excused", null), (m[3], "Absent", null));
        (await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(meeting.Id), alone)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ConcludeAsync(meeting.Id);
        var url = MeetingPaths.Meeting(meeting.Id);
        (await Forms.PostAsync(Secretariat, url,
            new Dictionary<string, string> { ["Again.Date"] = "2027-01-19", ["Again.StartTime"] = "14:00", ["Again.EndTime"] = "16:00" }, url + "?handler=ConveneAgain"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await QueryAsync(db => db.Meetings.SingleAsync(x => x.FirstConvocationId == meeting.Id, Ct));

        (await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(second.Id), alone)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QuorumShownAsync(second.Id)).ShouldBe("Quorum non atteint : 1 membre présent ou représenté sur 4 ; 2 requis, il en manque 1.");
        await ConcludeAsync(second.Id);
        (await QueryAsync(db => db.Meetings.SingleAsync(x => x.Id == second.Id, Ct))).Status.ShouldBe(MeetingStatus.Postponed);
    }

    [Fact]
    public async Task The_api_refuses_rules_out_of_range_in_french_and_saves_the_others_audited()
    {
        var (meeting, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission de l'API", 3, Day));
        var url = $"/api/bodies/{meeting.BodyId}/deliberation";

        var bad = await Secretariat.PutAsJsonAsync(url, new { quorum = "HalfOfMembers", majority = "VotesCast", maxProxiesHeld = 9 }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("MaxProxiesHeld")[0].GetString()
            .ShouldBe("Un membre détient de 0 à 5 procurations.");
        var missing = await Secretariat.PutAsJsonAsync(url, new { maxProxiesHeld = 1 }, Ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("Quorum")[0].GetString()
            .ShouldBe("Choisissez le quorum dans la liste.");
        (await QueryAsync(db => db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, Ct))).Deliberation.ShouldBe(DeliberationRules.Default);

        var saved = await Secretariat.PutAsJsonAsync(url,
            new { quorum = "None", secondConvocationWithoutQuorum = true, majority = "TwoThirdsOfVotesCast", maxProxiesHeld = 3 }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        (await QueryAsync(db => db.Bodies.SingleAsync(b => b.Id == meeting.BodyId, Ct))).Deliberation
            .ShouldBe(new DeliberationRules(QuorumRule.None, true, MajorityRule.TwoThirdsOfVotesCast, 3));
        var listed = (await Secretariat.GetFromJsonAsync<JsonElement>("/api/bodies", Ct)).EnumerateArray().Single(b => b.GetProperty("id").GetInt32() == meeting.BodyId);
        listed.GetProperty("deliberation").GetProperty("majority").GetString().ShouldBe("TwoThirdsOfVotesCast");
        var entry = await QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.EntityType == "Body", Ct));
        entry.After!.ShouldContain("TwoThirdsOfVotesCast");
    }
}
