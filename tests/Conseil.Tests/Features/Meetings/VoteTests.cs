using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// Votes on an agenda item through the pages, on both databases: opened once the meeting is held, the electorate
/// frozen from the attendance sheet; a proxy holder casts both votes in one step; a ballot is counted once even when
/// sent several times at once; no ballot after the close, none from a member not called to vote or with a conflict of
/// interest; the tally decided under the item's majority, the president's casting vote on an equal division.
/// </summary>
public sealed class VoteTests : MeetingTest
{
    private static readonly DateTime Day = new(2026, 12, 10, 13, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// A held meeting of five members: the first present and holding the second's proxy, the third present, the fourth
    /// remote, the fifth excused; each has an account. Its first item is put to the vote.
    /// </summary>
    private sealed record Scene(int MeetingId, int ItemId, List<Person> Members, List<string> Users)
    {
        public string Url => MeetingPaths.Vote(MeetingId, ItemId);
    }

    private async Task<Scene> HeldMeetingAsync()
    {
        var (meeting, m) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission des votes", 5, Day));
        var users = new List<string>();
        foreach (var (person, i) in m.Select((p, i) => (p, i)))
            users.Add(await QueryAsync(db => db.AddAccountAsync(person, $"votant{i}@exemple.test")));
        (await Forms.PostAsync(Secretariat, MeetingPaths.Attendance(meeting.Id), MeetingBuilders.Sheet(
            (m[0], "Present", null), (m[1], "Represented", m[0]), (m[2], "Present", null), (m[3], "Remote", null), (m[4], "Excused", null))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = MeetingPaths.Meeting(meeting.Id);
        (await Forms.PostAsync(Secretariat, url, new Dictionary<string, string>(), url + "?handler=Conclude")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return new Scene(meeting.Id, meeting.Items.Single(i => i.Kind == AgendaItemKind.Vote).Id, m, users);
    }

    private HttpClient As(Scene scene, int member) => Factory.CreateClientAs(Roles.Member, scene.Users[member]);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields) =>
        Forms.PostAsync(client, url, fields, $"{url}?handler={handler}");

    private Task<HttpResponseMessage> OpenAsync(Scene scene, string method, string majority = "MembersPresentOrRepresented", params Person[] conflicted)
    {
        var fields = new Dictionary<string, string> { ["Opening.Method"] = method, ["Opening.Majority"] = majority };
        for (var i = 0; i < conflicted.Length; i++) fields[$"Opening.Conflicted[{i}]"] = conflicted[i].Id.ToString();
        return PostAsync(Secretariat, scene.Url, "Open", fields);
    }

    private static Dictionary<string, string> Ballot(params (Person Person, string Choice)[] choices)
    {
        var form = new Dictionary<string, string>();
        for (var i = 0; i < choices.Length; i++)
        {
            form[$"Ballot.Choices[{i}].PersonId"] = choices[i].Person.Id.ToString();
            form[$"Ballot.Choices[{i}].Choice"] = choices[i].Choice;
        }
        return form;
    }

    private Task<HttpResponseMessage> CloseAsync(Scene scene, Dictionary<string, string>? fields = null) =>
        PostAsync(Secretariat, scene.Url, "Close", fields ?? []);

    private Task<Vote> VoteAsync(Scene scene) => QueryAsync(db => db.Votes.AsNoTracking().SingleAsync(v => v.AgendaItemId == scene.ItemId, Ct));

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        IHtmlDocument page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct));
        return page.QuerySelector("main")!.TextContent;
    }

    [Fact]
    public async Task A_proxy_holder_casts_both_votes_in_one_step_and_the_majority_of_members_present_or_represented_decides()
    {
        var scene = await HeldMeetingAsync();
        var m = scene.Members;
        (await OpenAsync(scene, "Electronic")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var vote = await VoteAsync(scene);
        (vote.Status, vote.Entitled).ShouldBe((VoteStatus.Open, 4)); // three attend, one represented; the excused member has no vote

        // The holder's page asks for both votes; sending only their own is refused, nothing is recorded.
        (await TextAsync(await As(scene, 0).GetAsync(scene.Url, Ct))).ShouldContain($"Vote de {m[1].GivenName} {m[1].FamilyName}, dont vous détenez la procuration");
        (await TextAsync(await PostAsync(As(scene, 0), scene.Url, "Cast", Ballot((m[0], "For")))))
            .ShouldContain($"Indiquez aussi le vote de {m[1].GivenName} {m[1].FamilyName}, dont vous détenez la procuration.");
        (await QueryAsync(db => db.Ballots.CountAsync(b => b.VoteId == vote.Id && b.Choice != null, Ct))).ShouldBe(0);

        (await PostAsync(As(scene, 0), scene.Url, "Cast", Ballot((m[0], "For"), (m[1], "For")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(As(scene, 2), scene.Url, "Cast", Ballot((m[2], "For")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(As(scene, 3), scene.Url, "Cast", Ballot((m[3], "Against")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await Secretariat.GetAsync(scene.Url, Ct))).ShouldContain("4 votes reçus sur 4.");

        (await CloseAsync(scene)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        vote = await VoteAsync(scene);
        (vote.For, vote.Against, vote.Abstain, vote.Required, vote.Outcome).ShouldBe((3, 1, 0, 3, Outcome.Adopted));
        (await TextAsync(await As(scene, 3).GetAsync(scene.Url, Ct)))
            .ShouldContain("Adopté : 3 pour, 1 contre, 0 abstention (3 voix requises, 4 votants habilités).");
    }

    [Fact]
    public async Task A_ballot_sent_several_times_at_once_is_counted_once()
    {
        var scene = await HeldMeetingAsync();
        (await OpenAsync(scene, "Electronic")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var voter = As(scene, 2);
        var page = await voter.GetStringAsync(scene.Url, Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        // The same device sends its ballot eight times at once (a double tap, a flaky network), and a member the
        // holder represents tries at the same moment: one ballot stands.
        var sends = Enumerable.Range(0, 8).Select(i => voter.PostAsync($"{scene.Url}?handler=Cast", new FormUrlEncodedContent(
            new Dictionary<string, string>(Ballot((scene.Members[2], i % 2 == 0 ? "For" : "Against"))) { ["__RequestVerificationToken"] = token })));
        var represented = PostAsync(As(scene, 1), scene.Url, "Cast", Ballot((scene.Members[1], "Against")));
        var responses = await Task.WhenAll(sends.Append(represented));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect || r.StatusCode == HttpStatusCode.OK);
        var ballots = await QueryAsync(db => db.Ballots.Where(b => b.Vote.AgendaItemId == scene.ItemId && b.Choice != null).ToListAsync(Ct));
        ballots.Select(b => b.PersonId).ShouldBe([scene.Members[2].Id]);
        (await TextAsync(responses[^1])).ShouldContain("Vous n'êtes pas appelé à voter sur ce point.");
    }

    [Fact]
    public async Task No_ballot_is_received_twice_from_a_member_not_called_to_vote_with_a_conflict_of_interest_or_after_the_close()
    {
        var scene = await HeldMeetingAsync();
        var m = scene.Members;
        (await OpenAsync(scene, "Electronic", "VotesCast", m[3])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VoteAsync(scene)).Entitled.ShouldBe(3);
        (await TextAsync(await As(scene, 0).GetAsync(scene.Url, Ct))).ShouldContain($"ayant déclaré un conflit d'intérêts : {m[3].GivenName} {m[3].FamilyName}");

        (await TextAsync(await PostAsync(As(scene, 3), scene.Url, "Cast", Ballot((m[3], "For"))))).ShouldContain("Vous n'êtes pas appelé à voter sur ce point.");
        (await TextAsync(await PostAsync(As(scene, 4), scene.Url, "Cast", Ballot((m[4], "For"))))).ShouldContain("Vous n'êtes pas appelé à voter sur ce point.");
        (await TextAsync(await PostAsync(As(scene, 2), scene.Url, "Cast", Ballot((m[0], "For"))))).ShouldContain("Ce bulletin ne vous revient pas");
        (await PostAsync(As(scene, 2), scene.Url, "Cast", Ballot((m[2], "Against")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await PostAsync(As(scene, 2), scene.Url, "Cast", Ballot((m[2], "For")))))
            .ShouldContain("Votre vote est déjà enregistré : un vote ne se modifie pas.");

        (await CloseAsync(scene)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await PostAsync(As(scene, 0), scene.Url, "Cast", Ballot((m[0], "For"), (m[1], "For")))))
            .ShouldContain("Le vote est clos : aucun bulletin n'est plus reçu.");
        var vote = await VoteAsync(scene);
        (vote.For, vote.Against, vote.Outcome).ShouldBe((0, 1, Outcome.Rejected));
        (await QueryAsync(db => db.ConflictsOfInterest.Select(c => c.PersonId).ToListAsync(Ct))).ShouldContain(m[3].Id);
    }

    [Fact]
    public async Task A_show_of_hands_is_counted_by_the_secretariat_and_an_equal_division_is_decided_by_the_presidents_casting_vote()
    {
        var scene = await HeldMeetingAsync();
        (await OpenAsync(scene, "ShowOfHands", "VotesCast")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await TextAsync(await CloseAsync(scene, new() { ["Closing.For"] = "3", ["Closing.Against"] = "2", ["Closing.Abstain"] = "0" })))
            .ShouldContain("Il y a plus de voix (5) que de votants habilités (4) : vérifiez le décompte.");
        (await TextAsync(await PostAsync(As(scene, 0), scene.Url, "Cast", Ballot((scene.Members[0], "For"), (scene.Members[1], "For")))))
            .ShouldContain("Ce vote ne se fait pas en ligne : il a lieu à main levée.");
        (await VoteAsync(scene)).Status.ShouldBe(VoteStatus.Open);

        (await CloseAsync(scene, new() { ["Closing.For"] = "2", ["Closing.Against"] = "2", ["Closing.Abstain"] = "0", ["Closing.CastingVote"] = "For" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var vote = await VoteAsync(scene);
        (vote.Outcome, vote.ByCastingVote, vote.CastingVote).ShouldBe((Outcome.Adopted, true, Choice.For));
        (await TextAsync(await Secretariat.GetAsync(scene.Url, Ct))).ShouldContain("la voix du président étant prépondérante");
    }

    [Fact]
    public async Task A_roll_call_records_each_vote_by_name_and_its_minutes_list_them()
    {
        var scene = await HeldMeetingAsync();
        var m = scene.Members;
        (await OpenAsync(scene, "RollCall")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(Secretariat, scene.Url, "RollCall", Ballot((m[0], "For"), (m[3], "Abstain")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(Secretariat, scene.Url, "RollCall", Ballot((m[1], "Against"), (m[2], "For")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await PostAsync(Secretariat, scene.Url, "RollCall", Ballot((m[0], "Against")))))
            .ShouldContain($"Le vote de {m[0].GivenName} {m[0].FamilyName} est déjà enregistré");

        (await CloseAsync(scene)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var text = await TextAsync(await As(scene, 2).GetAsync(scene.Url, Ct));
        text.ShouldContain("Rejeté : 2 pour, 1 contre, 1 abstention (3 voix requises, 4 votants habilités).");
        text.ShouldContain($"{m[1].GivenName} {m[1].FamilyName} (procuration à {m[0].GivenName} {m[0].FamilyName})");
    }

    [Fact]
    public async Task A_vote_opens_only_on_an_item_put_to_the_vote_of_a_held_meeting_and_only_once()
    {
        var (planned, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission prévue", 2, Day));
        var item = planned.Items.Single(i => i.Kind == AgendaItemKind.Vote).Id;
        var url = MeetingPaths.Vote(planned.Id, item);
        (await TextAsync(await PostAsync(Secretariat, url, "Open", new() { ["Opening.Method"] = "Electronic", ["Opening.Majority"] = "VotesCast" })))
            .ShouldContain("Constatez d'abord le quorum : on ne vote qu'au cours d'une séance tenue.");
        var information = planned.Items.Single(i => i.Kind == AgendaItemKind.Information).Id;
        (await Secretariat.GetAsync(MeetingPaths.Vote(planned.Id, information), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var scene = await HeldMeetingAsync();
        (await OpenAsync(scene, "Electronic")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await OpenAsync(scene, "RollCall"))).ShouldContain("Le vote sur ce point est déjà ouvert.");
        (await QueryAsync(db => db.Votes.CountAsync(v => v.AgendaItemId == scene.ItemId, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task The_demo_Livre_blanc_was_adopted_by_32_for_2_against_and_5_abstentions()
    {
        var vote = await QueryAsync(db => db.Votes.AsNoTracking().SingleAsync(v => v.AgendaItem.Title == "Adoption du Livre blanc du travail social", Ct));
        (vote.For, vote.Against, vote.Abstain, vote.Entitled, vote.Outcome).ShouldBe((32, 2, 5, 39, Outcome.Adopted));
        (await QueryAsync(db => db.ConflictsOfInterest.CountAsync(c => c.AgendaItemId == vote.AgendaItemId, Ct))).ShouldBe(1);
    }
}
