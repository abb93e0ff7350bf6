using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Meetings;

/// <summary>
/// The iCalendar feeds through HTTP, read by ical.js: the public sessions; a member's private address (the meetings
/// that convene them, closed ones included), renewed and revoked; a body's address for the secretariat.
/// </summary>
public sealed partial class CalendarFeedTests : AppTest
{
    private static readonly DateTime Winter = new(2027, 1, 14, 13, 0, 0, DateTimeKind.Utc), Summer = new(2027, 3, 30, 7, 30, 0, DateTimeKind.Utc);

    private static async Task<ParsedCalendar> FeedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/calendar; charset=utf-8");
        return await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync(Ct));
    }

    private static string AddressOn(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("#adresse-calendrier")?.TextContent is { } address
            ? new Uri(address).PathAndQuery
            : throw new InvalidOperationException("Pas d'adresse de calendrier sur la page");

    [Fact]
    public async Task The_public_feed_lists_the_public_meetings_in_Paris_time_marks_the_cancelled_one_and_never_shows_a_closed_one()
    {
        var (closed, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission close", 2, Winter));
        var (open, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission ouverte", 2, Summer));
        var (cancelled, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission annulée", 2, Winter.AddDays(7)));
        await QueryAsync(async db =>
        {
            await db.Meetings.Where(m => m.Id == open.Id || m.Id == cancelled.Id).ForEachAsync(m => m.IsPublic = true, Ct);
            (await db.Meetings.SingleAsync(m => m.Id == cancelled.Id, Ct)).SetStatus(MeetingStatus.Cancelled);
            return await db.SaveChangesAsync(Ct);
        });

        var feed = await FeedAsync(await Factory.CreateClientAs(null).GetAsync(MeetingPaths.PublicFeed, Ct));

        var events = feed.Events.ToDictionary(e => e.Uid);
        events.Keys.ShouldNotContain(k => k.StartsWith($"seance-{closed.Id}@", StringComparison.Ordinal));
        var o = events.Values.Single(e => e.Uid.StartsWith($"seance-{open.Id}@", StringComparison.Ordinal));
        (o.Summary, o.Tzid, o.Start, o.StartUtc, o.Status, o.Location).ShouldBe(
            ("Commission ouverte : séance", "Europe/Paris", "2027-03-30T09:30:00", "2027-03-30T07:30:00Z", "CONFIRMED", "Salle Laroque"));
        o.Description.ShouldBe("Ordre du jour :\n1. Approbation du procès-verbal\n2. Point d'étape");
        o.Url!.ShouldEndWith(MeetingPaths.PublicCalendar);
        var c = events.Values.Single(e => e.Uid.StartsWith($"seance-{cancelled.Id}@", StringComparison.Ordinal));
        (c.Status, c.Sequence, c.Start).ShouldBe(("CANCELLED", 1, "2027-01-21T14:00:00"));

        var page = await Factory.CreateClientAs(null).GetStringAsync(MeetingPaths.PublicCalendar, Ct);
        page.ShouldContain($"href=\"{MeetingPaths.PublicFeed}\"");
    }

    [Fact]
    public async Task A_members_address_lists_the_meetings_that_convene_them_closed_ones_included_and_dies_once_renewed_or_revoked()
    {
        var (mine, members) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission de Jeanne", 2, Winter));
        var (other, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission voisine", 2, Summer));
        var user = await QueryAsync(db => db.AddAccountAsync(members[0], "jeanne.calendrier@exemple.fr"));
        var member = Factory.CreateClientAs(Roles.Member, user);
        var anonymous = Factory.CreateClientAs(null);

        (await member.GetStringAsync(MeetingPaths.MyCalendar, Ct)).ShouldContain("Vous n'avez pas encore d'adresse d'abonnement.");
        var made = await Forms.PostAsync(member, MeetingPaths.MyCalendar, new Dictionary<string, string>(), MeetingPaths.MyCalendar + "?handler=Renew");
        made.StatusCode.ShouldBe(HttpStatusCode.OK);
        var address = AddressOn(await made.Content.ReadAsStringAsync(Ct));
        address.ShouldMatch("^/calendrier/[A-Za-z0-9_-]{43}\\.ics$");

        var response = await anonymous.GetAsync(address, Ct);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var feed = await FeedAsync(response);
        var uids = feed.Events.Select(e => e.Uid).ToList();
        uids.ShouldContain(u => u.StartsWith($"seance-{mine.Id}@", StringComparison.Ordinal));
        uids.ShouldNotContain(u => u.StartsWith($"seance-{other.Id}@", StringComparison.Ordinal));
        feed.Events.Single(e => e.Uid.StartsWith($"seance-{mine.Id}@", StringComparison.Ordinal)).Url!.ShouldEndWith(MeetingPaths.Meeting(mine.Id));
        // Only the hash of the secret is stored.
        var token = TokenOf().Match(address).Groups[1].Value;
        (await QueryAsync(db => db.Set<CalendarFeed>().Select(f => f.TokenHash).ToListAsync(Ct))).ShouldContain(LinkTokens.Hash(token));
        (await QueryAsync(db => db.Set<CalendarFeed>().AnyAsync(f => f.TokenHash == token, Ct))).ShouldBeFalse();

        var renewed = AddressOn(await (await Forms.PostAsync(member, MeetingPaths.MyCalendar, new Dictionary<string, string>(), MeetingPaths.MyCalendar + "?handler=Renew"))
            .Content.ReadAsStringAsync(Ct));
        renewed.ShouldNotBe(address);
        (await anonymous.GetAsync(address, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(renewed, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Forms.PostAsync(member, MeetingPaths.MyCalendar, new Dictionary<string, string>(), MeetingPaths.MyCalendar + "?handler=Revoke"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await anonymous.GetAsync(renewed, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/calendrier/inconnu-mais-assez-long-pour-etre-lu.ics", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.GetStringAsync(MeetingPaths.MyCalendar, Ct)).ShouldContain("Vous n'avez pas encore d'adresse d'abonnement.");
    }

    [Fact]
    public async Task The_secretariat_makes_a_bodys_address_which_lists_every_meeting_of_that_body_only()
    {
        var (first, _) = await QueryAsync(db => db.AddCommissionMeetingAsync("Commission suivie", 2, Winter));
        var second = await QueryAsync(async db =>
        {
            var again = new Meeting { BodyId = first.BodyId, StartsAt = Summer, EndsAt = Summer.AddHours(2), Place = "Salle 2", Mode = MeetingMode.InPerson };
            db.Meetings.Add(again);
            await db.SaveChangesAsync(Ct);
            return again;
        });
        await QueryAsync(db => db.AddCommissionMeetingAsync("Commission autre", 2, Winter));
        var secretariat = Factory.CreateClientAs(Roles.Secretariat,
            await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct)));

        var made = await Forms.PostAsync(secretariat, MeetingPaths.BodyCalendars,
            new Dictionary<string, string> { ["BodyId"] = first.BodyId.ToString() }, MeetingPaths.BodyCalendars + "?handler=Renew");
        made.StatusCode.ShouldBe(HttpStatusCode.OK);
        var feed = await FeedAsync(await Factory.CreateClientAs(null).GetAsync(AddressOn(await made.Content.ReadAsStringAsync(Ct)), Ct));

        feed.Events.Select(e => e.Uid.Split('@')[0]).ShouldBe([$"seance-{first.Id}", $"seance-{second.Id}"]);
        feed.Events.Select(e => e.Start).ShouldBe(["2027-01-14T14:00:00", "2027-03-30T09:30:00"]);
        (await secretariat.GetStringAsync(MeetingPaths.BodyCalendars, Ct)).ShouldContain("Créée le");
    }

    [GeneratedRegex(@"^/calendrier/(.+)\.ics$")]
    private static partial Regex TokenOf();
}
