using System.Net;
using System.Text.RegularExpressions;
using Conseil.Tests.Support;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Written;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// The written procedure through its pages, on both databases: the secretariat opens it, each member of the body receives
/// a personal link by e-mail and votes once until the deadline, without a session; after it the secretariat counts the
/// votes under the body's quorum and the majority chosen.
/// </summary>
public sealed partial class WrittenProcedureTests : MeetingTest
{
    private sealed record Scene(int BodyId, List<Person> Members);

    /// <summary>A commission of four members, each with an e-mail address.</summary>
    private async Task<Scene> CommissionAsync(string name)
    {
        var (_, members) = await QueryAsync(async db =>
        {
            var created = await db.AddCommissionMeetingAsync(name, 4, ConseilFactory.DefaultNow.UtcDateTime.AddDays(30));
            foreach (var (person, i) in created.Members.Select((p, i) => (p, i))) person.Email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{i}@exemple.test";
            await db.SaveChangesAsync(Ct);
            return created;
        });
        return new Scene(await QueryAsync(db => db.BodyMemberships.Where(m => m.PersonId == members[0].Id).Select(m => m.BodyId).SingleAsync(Ct)), members);
    }

    private Task<HttpResponseMessage> OpenAsync(int bodyId, string closesOn = "2026-11-29", string majority = "") =>
        Forms.PostAsync(Secretariat, MeetingPaths.Consultations, new Dictionary<string, string>
        {
            ["Input.BodyId"] = bodyId.ToString(), ["Input.Title"] = "Calendrier des séances de 2027",
            ["Input.Proposal"] = "Quatre séances plénières : 16 mars, 22 juin, 5 octobre, 7 décembre.",
            ["Input.ClosesOn"] = closesOn, ["Input.ClosesAtTime"] = "18:00", ["Input.Majority"] = majority,
        });

    /// <summary>The personal links the members received, by address.</summary>
    private async Task<Dictionary<string, string>> LinksAsync(Scene scene)
    {
        var addresses = scene.Members.Select(m => m.Email!).ToList();
        var mails = await QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => addresses.Contains(m.To)).ToListAsync(Ct));
        return mails.ToDictionary(m => m.To, m => BallotLink().Match(m.TextBody).Value);
    }

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, string link, string choice) =>
        Forms.PostAsync(client, link, new Dictionary<string, string> { ["Ballot.Choice"] = choice });

    /// <summary>A vote sent from a page loaded earlier (another tab, another device): the form as it was then.</summary>
    private static async Task<Func<string, Task<HttpResponseMessage>>> LoadedFormAsync(HttpClient client, string link)
    {
        var token = (await PageAsync(await client.GetAsync(link, Ct))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return choice => client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Ballot.Choice"] = choice, ["__RequestVerificationToken"] = token,
        }), Ct);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => Regex.Replace((await PageAsync(response)).QuerySelector("main")!.TextContent, @"\s+", " ");

    private Task<HttpResponseMessage> CloseAsync(string url) => Forms.PostAsync(Secretariat, url, new Dictionary<string, string>(), url + "?handler=Close");

    private Task<WrittenConsultation> ConsultationAsync(int bodyId) => QueryAsync(db =>
        db.Set<WrittenConsultation>().AsNoTracking().Include(c => c.Ballots).SingleAsync(c => c.BodyId == bodyId, Ct));

    [Fact]
    public async Task Each_member_votes_once_by_their_link_until_the_deadline_and_the_secretariat_counts_after_it()
    {
        var scene = await CommissionAsync("Commission écrite");
        var opened = await OpenAsync(scene.BodyId, majority: "VotesCast");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, await opened.Content.ReadAsStringAsync(Ct));
        var links = await LinksAsync(scene);
        links.Count.ShouldBe(4);
        links.Values.Distinct().Count().ShouldBe(4);
        var mail = await QueryAsync(db => db.OutboxMessages.AsNoTracking().FirstAsync(m => m.To == scene.Members[0].Email, Ct));
        (mail.Subject, mail.Sensitive).ShouldBe(("Consultation écrite : Calendrier des séances de 2027", true));
        var body = Regex.Replace(mail.TextBody, @"\s+", " ");
        body.ShouldContain("Quatre séances plénières : 16 mars, 22 juin, 5 octobre, 7 décembre.");
        body.ShouldContain("jusqu'au 29 novembre 2026 à 18 h 00");

        var anonymous = Factory.CreateClientAs(null);
        var link = links[scene.Members[0].Email!];
        var page = await TextAsync(await anonymous.GetAsync(link, Ct));
        page.ShouldContain($"vous votez en tant que {scene.Members[0].GivenName} {scene.Members[0].FamilyName}");
        (await TextAsync(await VoteAsync(anonymous, link, ""))).ShouldContain("Choisissez votre vote : pour, contre ou abstention.");
        var otherTab = await LoadedFormAsync(anonymous, link);
        (await VoteAsync(anonymous, link, "For")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await otherTab("Against"))).ShouldContain("Votre vote est déjà enregistré : il ne se modifie pas.");
        (await TextAsync(await anonymous.GetAsync(link, Ct))).ShouldContain("Votre vote « Pour » est enregistré");
        (await anonymous.GetAsync(MeetingPaths.WrittenBallot("inconnu-" + new string('x', 40)), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The same ballot sent twice at once (a double click on two devices) is counted once.
        var second = links[scene.Members[1].Email!];
        var (phone, laptop) = (await LoadedFormAsync(anonymous, second), await LoadedFormAsync(Factory.CreateClientAs(null), second));
        var both = await Task.WhenAll(phone("Against"), laptop("Against"));
        both.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        (await VoteAsync(anonymous, links[scene.Members[2].Email!], "Against")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Before the deadline the choices stay secret and the count is refused.
        var id = (await ConsultationAsync(scene.BodyId)).Id;
        var following = await TextAsync(await Secretariat.GetAsync(MeetingPaths.Consultation(id), Ct));
        following.ShouldContain("3 votes reçus sur 4 membres consultés.");
        following.ShouldNotContain("Dépouiller la consultation");

        // After it: the last member's vote is refused, the count is recorded.
        var late = await LoadedFormAsync(anonymous, links[scene.Members[3].Email!]);
        Factory.Clock.Now = new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero);
        (await TextAsync(await late("For"))).ShouldContain("La consultation est close depuis le 29 novembre 2026 à 18 h 00");
        var url = MeetingPaths.Consultation(id);
        (await CloseAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var counted = await ConsultationAsync(scene.BodyId);
        counted.Ballots.Count(b => b.Choice is not null).ShouldBe(3);
        (counted.Status, counted.For, counted.Against, counted.Outcome).ShouldBe((ConsultationStatus.Closed, 1, 2, Outcome.Rejected));
        (await TextAsync(await Secretariat.GetAsync(url, Ct))).ShouldContain(ConsultationLabels.Result(counted));
        (await TextAsync(await anonymous.GetAsync(link, Ct))).ShouldContain(ConsultationLabels.Result(counted));
    }

    [Fact]
    public async Task The_count_applies_the_bodys_quorum_to_the_members_who_voted_then_the_majority()
    {
        var scene = await CommissionAsync("Commission comptée");
        (await OpenAsync(scene.BodyId, majority: "VotesCast")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var links = await LinksAsync(scene);
        var anonymous = Factory.CreateClientAs(null);
        (await VoteAsync(anonymous, links[scene.Members[0].Email!], "For")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VoteAsync(anonymous, links[scene.Members[1].Email!], "Abstain")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Factory.Clock.Now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        var id = (await ConsultationAsync(scene.BodyId)).Id;
        var url = MeetingPaths.Consultation(id);
        (await CloseAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var counted = await ConsultationAsync(scene.BodyId);
        (counted.For, counted.Against, counted.Abstain, counted.Outcome).ShouldBe((1, 0, 1, Outcome.Adopted));
        ConsultationLabels.Result(counted).ShouldBe("Adoptée : 1 pour, 0 contre, 1 abstention (1 voix requises).");
        (await TextAsync(await CloseAsync(url))).ShouldContain("La consultation est déjà dépouillée.");
    }

    [Fact]
    public async Task Without_quorum_of_members_voting_no_decision_is_reached()
    {
        var scene = await CommissionAsync("Commission désertée");
        (await OpenAsync(scene.BodyId)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var links = await LinksAsync(scene);
        (await VoteAsync(Factory.CreateClientAs(null), links[scene.Members[0].Email!], "For")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Factory.Clock.Now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        var id = (await ConsultationAsync(scene.BodyId)).Id;
        var url = MeetingPaths.Consultation(id);
        (await CloseAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ConsultationLabels.Result(await ConsultationAsync(scene.BodyId))
            .ShouldBe("Pas de décision, faute de quorum : 1 membre a pris part au vote sur 4, 2 requis (1 pour, 0 contre, 0 abstention).");
    }

    [Fact]
    public async Task A_deadline_too_close_or_too_far_and_a_body_without_members_are_refused_with_nothing_sent()
    {
        var scene = await CommissionAsync("Commission pressée");
        (await TextAsync(await OpenAsync(scene.BodyId, closesOn: "2026-11-22")))
            .ShouldContain("La date limite doit laisser aux membres au moins 24 heures pour voter, et tomber dans les 60 jours.");
        (await TextAsync(await OpenAsync(scene.BodyId, closesOn: "2027-03-01"))).ShouldContain("dans les 60 jours");
        var empty = await QueryAsync(async db =>
        {
            var body = new Body { Slug = "groupe-vide", Name = "Groupe vide", Kind = BodyKind.WorkingGroup };
            db.Bodies.Add(body);
            await db.SaveChangesAsync(Ct);
            return body.Id;
        });
        (await TextAsync(await OpenAsync(empty))).ShouldContain("Groupe vide n'a aucun membre en fonction à consulter.");
        (await QueryAsync(db => db.Set<WrittenConsultation>().CountAsync(c => c.BodyId == scene.BodyId || c.BodyId == empty, Ct))).ShouldBe(0);
        (await LinksAsync(scene)).ShouldBeEmpty();
    }

    [GeneratedRegex(@"/consultation/[A-Za-z0-9_-]+")]
    private static partial Regex BallotLink();
}
