using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// The convocation by e-mail through the outbox, with the meeting as an iCalendar invitation read by ical.js: once per
/// version of the meeting, and the cancellation (METHOD:CANCEL, the same UID, a higher SEQUENCE) when it is cancelled.
/// </summary>
public sealed class ConvocationMailTests : MeetingTest
{
    // 30 March 2027, 9 h 30 in Paris: two days after summer time began.
    private static readonly DateTime Starts = new(2027, 3, 30, 7, 30, 0, DateTimeKind.Utc);

    /// <summary>A closed commission meeting of three members, the first two with an address.</summary>
    private async Task<(Meeting Meeting, List<Person> Members)> MeetingAsync(string name) =>
        await QueryAsync(async db =>
        {
            var (meeting, members) = await db.AddCommissionMeetingAsync(name, 3, Starts);
            var tracked = await db.People.Where(p => p.Id == members[0].Id || p.Id == members[1].Id).ToListAsync(Ct);
            foreach (var person in tracked) person.Email = $"membre{person.Id}@exemple.fr";
            await db.SaveChangesAsync(Ct);
            return (meeting, members);
        });

    private Task<HttpResponseMessage> PostAsync(int meetingId, string handler) =>
        Forms.PostAsync(Secretariat, MeetingPaths.Meeting(meetingId), new Dictionary<string, string>(), $"{MeetingPaths.Meeting(meetingId)}?handler={handler}");

    private Task<List<OutboxMessage>> MailsAsync(IEnumerable<string> to) => QueryAsync(db =>
    {
        var addresses = to.ToList();
        return db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).Where(m => addresses.Contains(m.To)).OrderBy(m => m.Id).ToListAsync(Ct);
    });

    [Fact]
    public async Task The_convocation_goes_once_to_each_convened_person_with_an_address_with_the_invitation_in_Paris_time_attached()
    {
        var (meeting, members) = await MeetingAsync("Commission convoquée");
        var addresses = members.Take(2).Select(p => $"membre{p.Id}@exemple.fr").ToList();

        (await PostAsync(meeting.Id, "Convoke")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mails = await MailsAsync(addresses);
        mails.Select(m => m.To).ShouldBe(addresses);
        var mail = mails[0];
        mail.Subject.ShouldBe("Convocation : Commission convoquée, 30 mars 2027");
        mail.TextBody.ShouldContain($"Bonjour {members[0].GivenName} {members[0].FamilyName},");
        mail.TextBody.ShouldContain("Date : Mardi 30 mars 2027, de 9 h 30 à 12 h 30 (heure de Paris).");
        mail.TextBody.ShouldContain("Lieu : Salle Laroque");
        mail.TextBody.ShouldContain("1. Approbation du procès-verbal");
        var file = mail.Attachments.ShouldHaveSingleItem();
        (file.FileName, file.ContentType).ShouldBe(("convocation.ics", "text/calendar; method=REQUEST; charset=utf-8"));
        var invitation = await IcalJs.ParseAsync(Encoding.UTF8.GetString(file.Content));
        invitation.Method.ShouldBe("REQUEST");
        var e = invitation.Events.ShouldHaveSingleItem();
        e.Uid.ShouldStartWith($"seance-{meeting.Id}@");
        (e.Sequence, e.Status, e.Start, e.StartUtc, e.Attendee).ShouldBe((0, "CONFIRMED", "2027-03-30T09:30:00", "2027-03-30T07:30:00Z", $"mailto:{addresses[0]}"));
        (await QueryAsync(db => db.Meetings.SingleAsync(m => m.Id == meeting.Id, Ct))).ConvokedSequence.ShouldBe(0);

        // Sent again with nothing changed: refused, and said so.
        var again = await PostAsync(meeting.Id, "Convoke");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await again.Content.ReadAsStringAsync(Ct)).QuerySelector("[role=alert]")!.TextContent
            .ShouldContain("La convocation a déjà été envoyée le");
        (await MailsAsync(addresses)).Count.ShouldBe(2);

        // The outbox page shows the file.
        (await Secretariat.GetStringAsync($"/espace/courriels/{mail.Id}", Ct)).ShouldContain("convocation.ics");
    }

    [Fact]
    public async Task Cancelling_sends_the_cancellation_with_the_same_UID_and_a_higher_SEQUENCE_and_the_meeting_cannot_be_convened_any_more()
    {
        var (meeting, members) = await MeetingAsync("Commission annulée");
        var addresses = members.Take(2).Select(p => $"membre{p.Id}@exemple.fr").ToList();
        (await PostAsync(meeting.Id, "Convoke")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var request = await IcalJs.ParseAsync(Encoding.UTF8.GetString((await MailsAsync(addresses))[0].Attachments[0].Content));

        (await PostAsync(meeting.Id, "Cancel")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = await QueryAsync(db => db.Meetings.SingleAsync(m => m.Id == meeting.Id, Ct));
        (saved.Status, saved.Sequence, saved.ConvokedSequence).ShouldBe((MeetingStatus.Cancelled, 1, 1));
        var cancellations = (await MailsAsync(addresses)).Skip(2).ToList();
        cancellations.Select(m => m.To).ShouldBe(addresses);
        cancellations[0].Subject.ShouldBe("Séance annulée : Commission annulée, 30 mars 2027");
        var file = cancellations[0].Attachments.ShouldHaveSingleItem();
        file.ContentType.ShouldBe("text/calendar; method=CANCEL; charset=utf-8");
        var cancel = await IcalJs.ParseAsync(Encoding.UTF8.GetString(file.Content));
        cancel.Method.ShouldBe("CANCEL");
        var e = cancel.Events.ShouldHaveSingleItem();
        (e.Uid, e.Sequence, e.Status).ShouldBe((request.Events[0].Uid, 1, "CANCELLED"));

        (await PostAsync(meeting.Id, "Convoke")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(meeting.Id, "Cancel")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MailsAsync(addresses)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_meeting_moved_after_its_convocation_is_convened_again_as_a_new_version_of_the_same_invitation()
    {
        var (meeting, members) = await MeetingAsync("Commission déplacée");
        var addresses = members.Take(2).Select(p => $"membre{p.Id}@exemple.fr").ToList();
        (await PostAsync(meeting.Id, "Convoke")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = MeetingPaths.Meeting(meeting.Id);
        Dictionary<string, string> Change(string date) => new()
        {
            ["Change.Date"] = date, ["Change.StartTime"] = "10:00", ["Change.EndTime"] = "12:00", ["Change.Mode"] = "InPerson",
            ["Change.Place"] = "Salle Laroque", ["Change.VideoLink"] = "",
        };

        (await Forms.PostAsync(Secretariat, url, Change("2027-04-06"), url + "?handler=Reschedule")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.Meetings.SingleAsync(m => m.Id == meeting.Id, Ct))).Sequence.ShouldBe(1);
        (await Secretariat.GetStringAsync(url, Ct)).ShouldContain("ne correspond plus à la séance, qui a changé depuis");
        // The same values again: nothing changed, no new version.
        (await Forms.PostAsync(Secretariat, url, Change("2027-04-06"), url + "?handler=Reschedule")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.Meetings.SingleAsync(m => m.Id == meeting.Id, Ct))).Sequence.ShouldBe(1);

        (await PostAsync(meeting.Id, "Convoke")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var mails = await MailsAsync(addresses);
        mails.Count.ShouldBe(4);
        mails[2].Subject.ShouldBe("Convocation modifiée : Commission déplacée, 6 avril 2027");
        var first = (await IcalJs.ParseAsync(Encoding.UTF8.GetString(mails[0].Attachments[0].Content))).Events[0];
        var update = (await IcalJs.ParseAsync(Encoding.UTF8.GetString(mails[2].Attachments[0].Content))).Events[0];
        (update.Uid, update.Sequence, update.Start, update.StartUtc).ShouldBe((first.Uid, 1, "2027-04-06T10:00:00", "2027-04-06T08:00:00Z"));
        first.Sequence.ShouldBe(0);
    }

    [Fact]
    public async Task A_meeting_cancelled_before_any_convocation_writes_to_nobody()
    {
        var (meeting, members) = await MeetingAsync("Commission jamais convoquée");

        (await PostAsync(meeting.Id, "Cancel")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await QueryAsync(db => db.Meetings.SingleAsync(m => m.Id == meeting.Id, Ct))).Status.ShouldBe(MeetingStatus.Cancelled);
        (await MailsAsync(members.Take(2).Select(p => $"membre{p.Id}@exemple.fr"))).ShouldBeEmpty();
    }
}
