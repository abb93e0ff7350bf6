using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Rules;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// The procès-verbal through the pages, on both databases: drafted by the secretariat once the meeting is held (a draft
/// reaches nobody else), circulated to the members it convened, approved by an adopted vote of a later meeting of the
/// same body, then published for a public session only; approved, it no longer changes.
/// </summary>
public sealed class MinutesTests : MeetingTest
{
    private static readonly DateTime Day = new(2026, 10, 8, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>A held meeting of a commission of four, every member present, the first with an account.</summary>
    private async Task<(Meeting Meeting, List<Person> Members, HttpClient Member)> HeldAsync(bool isPublic)
    {
        var (meeting, members) = await QueryAsync(async db =>
        {
            var (meeting, members) = await db.AddCommissionMeetingAsync(isPublic ? "Commission publique" : "Commission à huis clos", 4, Day);
            var held = await db.Meetings.SingleAsync(m => m.Id == meeting.Id, Ct);
            (held.Status, held.IsPublic) = (MeetingStatus.Held, isPublic);
            db.Attendances.AddRange(members.Select(p => new Attendance { MeetingId = meeting.Id, PersonId = p.Id, Presence = Presence.Present, RecordedAt = Day }));
            await db.SaveChangesAsync(Ct);
            return (held, members);
        });
        var user = await QueryAsync(db => db.AddAccountAsync(members[0], $"membre.pv.{meeting.Id}@exemple.test"));
        return (meeting, members, Factory.CreateClientAs(Roles.Member, user));
    }

    private Task<HttpResponseMessage> PostAsync(int meetingId, string handler, Dictionary<string, string> fields) =>
        Forms.PostAsync(Secretariat, MeetingPaths.Minutes(meetingId), fields, $"{MeetingPaths.Minutes(meetingId)}?handler={handler}");

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct))).QuerySelector("main")!.TextContent;
    }

    private Task<HttpResponseMessage> DraftAsync(Meeting meeting, string debate) => PostAsync(meeting.Id, "Save", new()
    {
        ["Draft.Opening"] = "La séance est ouverte à 14 heures.",
        ["Draft.Entries[0].ItemId"] = meeting.Items.Single(i => i.Number == 1).Id.ToString(),
        ["Draft.Entries[0].Debate"] = debate,
    });

    [Fact]
    public async Task The_minutes_are_drafted_circulated_to_the_members_approved_by_a_later_vote_and_published()
    {
        var (meeting, members, member) = await HeldAsync(isPublic: true);
        var minutes = MeetingPaths.Minutes(meeting.Id);

        (await DraftAsync(meeting, "Le procès-verbal précédent est lu.\nAucune observation.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var draft = await TextAsync(await Secretariat.GetAsync(minutes, Ct));
        draft.ShouldContain("Présents (4)");
        draft.ShouldContain("Le procès-verbal précédent est lu.");
        (await member.GetAsync(minutes, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await PostAsync(meeting.Id, "Circulate", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await member.GetAsync(minutes, Ct))).ShouldContain("Diffusé aux membres pour observations");
        (await Factory.CreateClientAs(null).GetAsync(MeetingPaths.PublicMinutes(meeting.Id), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var approval = await QueryAsync(db => db.AddApprovalVoteAsync(meeting, Outcome.Adopted));
        (await PostAsync(meeting.Id, "Approve", new() { ["Approval.ItemId"] = approval.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var published = await TextAsync(await Factory.CreateClientAs(null).GetAsync(MeetingPaths.PublicMinutes(meeting.Id), Ct));
        published.ShouldContain("approuvé par l'instance (Commission publique, séance du 22 octobre 2026)");
        published.ShouldContain($"{members[3].GivenName} {members[3].FamilyName}");
        (await TextAsync(await Factory.CreateClientAs(null).GetAsync("/seances", Ct))).ShouldContain("procès-verbal");

        (await TextAsync(await DraftAsync(meeting, "Une autre version."))).ShouldContain("Le procès-verbal est approuvé : il ne se modifie plus.");
    }

    [Fact]
    public async Task Members_convened_make_remarks_on_the_circulated_minutes_read_by_themselves_and_the_secretariat_until_approval()
    {
        var (meeting, members, first) = await HeldAsync(isPublic: false);
        var second = Factory.CreateClientAs(Roles.Member, await QueryAsync(db => db.AddAccountAsync(members[1], $"membre.pv2.{meeting.Id}@exemple.test")));
        var minutes = MeetingPaths.Minutes(meeting.Id);
        Task<HttpResponseMessage> Remark(HttpClient client, string item, string text) => Forms.PostAsync(client, minutes,
            new Dictionary<string, string> { ["Remark.ItemId"] = item, ["Remark.Text"] = text }, minutes + "?handler=Remark");
        var item = meeting.Items.Single(i => i.Number == 1);

        (await DraftAsync(meeting, "Le procès-verbal précédent est lu.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.GetAsync(minutes, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // a draft reaches nobody else
        (await PostAsync(meeting.Id, "Circulate", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Remark(first, item.Id.ToString(), "Ajouter que le quorum était atteint dès l'ouverture.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Remark(second, "", "Mon intervention sur le budget manque.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await Remark(second, "", "   "))).ShouldContain("Écrivez votre observation.");
        (await TextAsync(await Remark(second, "999999", "Sur un autre point."))).ShouldContain("Choisissez un point de l'ordre du jour de la séance");

        var mine = Regex.Replace(await TextAsync(await first.GetAsync(minutes, Ct)), @"\s+", " ");
        mine.ShouldContain($"Votre observation, sur le point 1 : {item.Title}");
        mine.ShouldContain("Ajouter que le quorum était atteint dès l'ouverture.");
        mine.ShouldNotContain("Mon intervention sur le budget manque.");
        var all = Regex.Replace(await TextAsync(await Secretariat.GetAsync(minutes, Ct)), @"\s+", " ");
        all.ShouldContain("2 observations reçues.");
        all.ShouldContain($"{members[1].GivenName} {members[1].FamilyName}, sur l'ensemble du procès-verbal");
        all.ShouldContain("Ajouter que le quorum était atteint dès l'ouverture.");

        // One withdraws one's own remark only.
        var remarks = await QueryAsync(db => db.Set<MinutesRemark>().Where(r => r.MeetingMinutes.MeetingId == meeting.Id).OrderBy(r => r.Id).ToListAsync(Ct));
        Task<HttpResponseMessage> Withdraw(HttpClient client, int id) => Forms.PostAsync(client, minutes,
            new Dictionary<string, string> { ["Withdrawn.RemarkId"] = id.ToString() }, minutes + "?handler=WithdrawRemark");
        (await Withdraw(first, remarks[1].Id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Withdraw(second, remarks[1].Id)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.Set<MinutesRemark>().CountAsync(r => r.MeetingMinutes.MeetingId == meeting.Id, Ct))).ShouldBe(1);

        // Approved, the minutes take no more remarks; the ones made stay readable.
        var approval = await QueryAsync(db => db.AddApprovalVoteAsync(meeting, Outcome.Adopted));
        (await PostAsync(meeting.Id, "Approve", new() { ["Approval.ItemId"] = approval.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await Remark(first, "", "Après coup."))).ShouldContain("Le procès-verbal est approuvé : il ne reçoit plus d'observations.");
        (await TextAsync(await first.GetAsync(minutes, Ct))).ShouldContain("Ajouter que le quorum était atteint dès l'ouverture.");
        (await QueryAsync(db => db.Set<MinutesRemark>().CountAsync(r => r.MeetingMinutes.MeetingId == meeting.Id, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Only_an_adopted_vote_of_a_later_meeting_of_the_same_body_approves_and_a_closed_sessions_minutes_stay_private()
    {
        var (meeting, _, _) = await HeldAsync(isPublic: false);
        (await DraftAsync(meeting, "Débat à huis clos.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await PostAsync(meeting.Id, "Approve", new() { ["Approval.ItemId"] = "1" })))
            .ShouldContain("Seul un procès-verbal diffusé aux membres est soumis à leur approbation.");
        (await PostAsync(meeting.Id, "Circulate", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var rejected = await QueryAsync(db => db.AddApprovalVoteAsync(meeting, Outcome.Rejected));
        var earlier = await QueryAsync(db => db.AddApprovalVoteAsync(meeting, Outcome.Adopted, daysLater: -14));
        foreach (var item in new[] { rejected, earlier })
            (await TextAsync(await PostAsync(meeting.Id, "Approve", new() { ["Approval.ItemId"] = item.ToString() })))
                .ShouldContain("Choisissez un vote adopté lors d'une séance ultérieure de la même instance.");
        (await QueryAsync(db => db.Set<MeetingMinutes>().SingleAsync(m => m.MeetingId == meeting.Id, Ct))).Status.ShouldBe(MinutesStatus.Circulated);

        var approval = await QueryAsync(db => db.AddApprovalVoteAsync(meeting, Outcome.Adopted));
        (await PostAsync(meeting.Id, "Approve", new() { ["Approval.ItemId"] = approval.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Factory.CreateClientAs(null).GetAsync(MeetingPaths.PublicMinutes(meeting.Id), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_minutes_of_a_meeting_not_held_cannot_be_drafted()
    {
        var (planned, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission prévue", 2, Day));
        (await TextAsync(await DraftAsync(planned, "Trop tôt."))).ShouldContain("Le procès-verbal se rédige une fois la séance tenue.");
        (await QueryAsync(db => db.Set<MeetingMinutes>().AnyAsync(m => m.MeetingId == planned.Id, Ct))).ShouldBeFalse();
    }
}
