using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Replies;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// The answers to a convocation, through the meeting's page, on both databases: a member says how they attend or that
/// they cannot, and gives their proxy to another member who attends (one each); the attendance sheet starts from the
/// absences announced; the substitute of a full member who cannot attend is convened by e-mail in their place.
/// </summary>
public sealed class ReplyTests : MeetingTest
{
    // 12 January 2027, 14 h in Paris: after the test clock's today.
    private static readonly DateTime Day = new(2027, 1, 12, 13, 0, 0, DateTimeKind.Utc);

    private sealed record Scene(int MeetingId, List<Person> Members, List<HttpClient> Clients)
    {
        public string Url => MeetingPaths.Meeting(MeetingId);
    }

    /// <summary>A closed commission meeting of four members, each signed in on their own client.</summary>
    private async Task<Scene> MeetingAsync(string name)
    {
        var (meeting, members) = await QueryAsync(db => db.AddCommissionMeetingAsync(name, 4, Day));
        var clients = new List<HttpClient>();
        foreach (var (person, i) in members.Select((p, i) => (p, i)))
            clients.Add(Factory.CreateClientAs(Roles.Member, await QueryAsync(db => db.AddAccountAsync(person, $"{name.Replace(' ', '-')}{i}@exemple.test"))));
        return new Scene(meeting.Id, members, clients);
    }

    private static Task<HttpResponseMessage> ReplyAsync(HttpClient client, string url, string answer, Person? holder = null) =>
        Forms.PostAsync(client, url, new Dictionary<string, string> { ["Reply.Answer"] = answer, ["Reply.ProxyHolderId"] = holder?.Id.ToString() ?? "" },
            url + "?handler=Reply");

    private static string Name(Person p) => $"{p.GivenName} {p.FamilyName}";

    private Task<List<ConvocationReply>> RepliesAsync(int meetingId) =>
        QueryAsync(db => db.ConvocationReplies.AsNoTracking().Where(r => r.MeetingId == meetingId).OrderBy(r => r.Id).ToListAsync(Ct));

    [Fact]
    public async Task A_member_who_cannot_attend_gives_their_proxy_and_the_attendance_sheet_starts_from_it()
    {
        var scene = await MeetingAsync("Commission des réponses");
        var m = scene.Members;

        (await ReplyAsync(scene.Clients[0], scene.Url, "CannotAttend", m[1])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReplyAsync(scene.Clients[1], scene.Url, "InPerson")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReplyAsync(scene.Clients[2], scene.Url, "Remote")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mine = await PageAsync(await scene.Clients[0].GetAsync(scene.Url, Ct));
        mine.QuerySelector("#reponse + p")!.TextContent.ShouldContain($"je ne pourrai pas assister à la séance, et vous donnez procuration à {Name(m[1])}.");
        mine.QuerySelector<IHtmlInputElement>("#reponse-CannotAttend")!.IsChecked.ShouldBeTrue();

        var overview = await PageAsync(await Secretariat.GetAsync(scene.Url, Ct));
        overview.QuerySelector("#reponses")!.TextContent
            .ShouldBe("3 réponses sur 4 personnes convoquées : 1 sur place, 1 à distance, 1 ne pourra pas assister (1 procuration donnée).");

        // The sheet proposes the announced absence with its proxy; announced presences are only shown.
        var sheet = await PageAsync(await Secretariat.GetAsync(MeetingPaths.Attendance(scene.MeetingId), Ct));
        sheet.QuerySelector<IHtmlSelectElement>("#Sheet_Rows_0__Presence")!.Value.ShouldBe("Represented");
        sheet.QuerySelector<IHtmlSelectElement>("#Sheet_Rows_0__ProxyHolderId")!.Value.ShouldBe(m[1].Id.ToString());
        sheet.QuerySelector<IHtmlSelectElement>("#Sheet_Rows_1__Presence")!.Value.ShouldBe("Unknown");
        sheet.QuerySelector("tbody tr:nth-child(2) th")!.TextContent.ShouldContain("a répondu : sur place");

        // Changing one's mind replaces the answer, and drops the proxy.
        (await ReplyAsync(scene.Clients[0], scene.Url, "Remote")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replies = await RepliesAsync(scene.MeetingId);
        replies.Count.ShouldBe(3);
        (replies[0].Answer, replies[0].ProxyHolderId).ShouldBe((ReplyAnswer.Remote, null));
    }

    [Fact]
    public async Task A_proxy_outside_the_body_a_second_one_to_the_same_holder_or_to_a_member_who_is_absent_is_refused_and_nothing_is_saved()
    {
        var scene = await MeetingAsync("Commission des refus");
        var m = scene.Members;
        var outsider = await QueryAsync(async db =>
        {
            var p = Composition.CompositionBuilders.Person("Extérieure", "Personne");
            db.People.Add(p);
            await db.SaveChangesAsync(Ct);
            return p;
        });
        (await ReplyAsync(scene.Clients[0], scene.Url, "CannotAttend", m[1])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        async Task<string> RefusedAsync(int member, string answer, Person? holder, string field)
        {
            var page = await PageAsync(await ReplyAsync(scene.Clients[member], scene.Url, answer, holder));
            return page.QuerySelector($"#{field}-error, #reponse-erreur")!.TextContent.Trim();
        }

        (await RefusedAsync(2, "CannotAttend", outsider, "Reply_ProxyHolderId"))
            .ShouldBe("La procuration ne peut être donnée qu'à un autre membre de la même instance.");
        (await RefusedAsync(2, "CannotAttend", m[1], "Reply_ProxyHolderId"))
            .ShouldBe($"{Name(m[1])} détient déjà une procuration : un membre n'en détient qu'une à la fois.");
        (await RefusedAsync(2, "CannotAttend", m[0], "Reply_ProxyHolderId"))
            .ShouldBe($"{Name(m[0])} a lui-même donné procuration : choisissez un membre qui assiste à la séance.");
        (await RefusedAsync(2, "InPerson", m[3], "Reply_ProxyHolderId"))
            .ShouldBe("Vous ne donnez procuration que si vous ne pouvez pas assister à la séance.");
        (await RefusedAsync(2, "", null, "Reply_Answer"))
            .ShouldBe("Choisissez votre réponse : sur place, à distance, ou vous ne pourrez pas assister.");
        // The holder cannot leave the proxy they hold without a vote.
        (await RefusedAsync(1, "CannotAttend", null, "Reply_Answer"))
            .ShouldBe($"Vous détenez la procuration de {Name(m[0])} : demandez-lui de la donner à un autre membre, puis indiquez votre absence.");

        (await RepliesAsync(scene.MeetingId)).Select(r => r.PersonId).ShouldBe([m[0].Id]);

        // Once the meeting has started, the sheet of the day takes over.
        Factory.Clock.Now = new DateTimeOffset(Day.AddMinutes(5));
        var started = await PageAsync(await ReplyAsync(scene.Clients[3], scene.Url, "InPerson"));
        started.QuerySelector("[role=alert]")!.TextContent
            .ShouldContain("La séance a commencé : signalez votre présence au secrétariat, qui tient la feuille d'émargement.");
        (await RepliesAsync(scene.MeetingId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Two_members_giving_their_proxy_to_the_same_holder_at_the_same_moment_are_not_both_accepted()
    {
        var scene = await MeetingAsync("Commission simultanée");
        var m = scene.Members;
        var both = await Task.WhenAll(
            ReplyAsync(scene.Clients[0], scene.Url, "CannotAttend", m[3]),
            ReplyAsync(scene.Clients[1], scene.Url, "CannotAttend", m[3]));
        both.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        both.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        (await RepliesAsync(scene.MeetingId)).Count(r => r.ProxyHolderId == m[3].Id).ShouldBe(1);
    }

    [Fact]
    public async Task The_substitute_of_a_full_member_who_cannot_attend_is_convened_in_their_place_and_released_if_they_come_after_all()
    {
        // A plenary meeting of the demo council: its seats have full members and substitutes with current mandates.
        var (meetingId, full, substitute) = await QueryAsync(async db =>
        {
            var plenary = await db.Bodies.SingleAsync(b => b.Kind == BodyKind.Plenary, Ct);
            var day = DateOnly.FromDateTime(Day);
            var seat = await db.Mandates.Where(x => x.Role == MandateRole.Substitute && x.Status == MandateStatus.Active && x.StartDate <= day && day <= x.EndDate)
                .Select(x => x.SeatId).FirstAsync(Ct);
            var mandates = await db.Mandates.Include(x => x.Person)
                .Where(x => x.SeatId == seat && x.Status == MandateStatus.Active && x.StartDate <= day && day <= x.EndDate).ToListAsync(Ct);
            var fullMember = mandates.Single(x => x.Role == MandateRole.FullMember).Person;
            var sub = mandates.Single(x => x.Role == MandateRole.Substitute).Person;
            sub.Email = "suppleante@exemple.test";
            var meeting = new Meeting { BodyId = plenary.Id, StartsAt = Day, EndsAt = Day.AddHours(3), Place = "Salle Laroque", Mode = MeetingMode.InPerson };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(Ct);
            return (meeting.Id, fullMember, sub);
        });
        var url = MeetingPaths.Meeting(meetingId);
        (await Forms.PostAsync(Secretariat, url, new Dictionary<string, string>(), url + "?handler=Convoke")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Task<List<string>> SubjectsAsync() => QueryAsync(db => db.OutboxMessages.Where(x => x.To == "suppleante@exemple.test").OrderBy(x => x.Id).Select(x => x.Subject).ToListAsync(Ct));
        (await SubjectsAsync()).ShouldBeEmpty(); // a substitute is not convened while their full member may come

        var member = Factory.CreateClientAs(Roles.Member, await QueryAsync(db => db.AddAccountAsync(full, "titulaire@exemple.test")));
        (await ReplyAsync(member, url, "CannotAttend")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SubjectsAsync()).ShouldBe(["Convocation en suppléance : Assemblée plénière, 12 janvier 2027"]);
        var mail = await QueryAsync(db => db.OutboxMessages.Include(x => x.Attachments).SingleAsync(x => x.To == "suppleante@exemple.test", Ct));
        mail.TextBody.ShouldContain($"{Name(full)}, dont vous êtes suppléant(e), ne pourra pas assister");
        mail.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("convocation.ics");

        // Answering the same again sends nothing more; coming after all releases the substitute.
        (await ReplyAsync(member, url, "CannotAttend")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReplyAsync(member, url, "InPerson")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SubjectsAsync()).ShouldBe(["Convocation en suppléance : Assemblée plénière, 12 janvier 2027", "Suppléance levée : Assemblée plénière, 12 janvier 2027"]);
    }
}
