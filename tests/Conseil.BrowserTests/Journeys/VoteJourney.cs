using Conseil.BrowserTests.Support;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// An electronic vote in a held meeting: the secretariat opens it with the keyboard, two members vote from their own
/// browsers at the same moment — one of them, holding a proxy, casts both votes in one step — and the secretariat
/// closes it: every ballot counted once, the result on the page. Each page passes axe at desktop and phone widths.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class VoteJourney(BrowserFixture browser)
{
    private sealed record Scene(string Url, string Alice, string Bruno, string Chloe);

    [Fact]
    public async Task Two_members_vote_at_once_from_their_browsers_one_with_a_proxy_and_the_secretariat_closes_the_vote()
    {
        var scene = await HeldMeetingAsync(browser.Server.Database);
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);
        await secretariat.GoToAsync(scene.Url);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Le vote sur ce point n'est pas encore ouvert.");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "vote-ouverture");

        // Opened with the keyboard: the method is the last choice, « Vote électronique en séance ».
        await page.Locator("#Opening_Method").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le vote" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le vote est ouvert." }).WaitForAsync();
        (await page.Locator("#bulletins-recus").InnerTextAsync()).ShouldBe("0 vote reçu sur 3.");

        await using var alice = await SignedInAsync(scene.Alice);
        await using var bruno = await SignedInAsync(scene.Bruno);
        await alice.GoToAsync(scene.Url);
        await bruno.GoToAsync(scene.Url);
        (await alice.Page.GetByRole(AriaRole.Group).CountAsync()).ShouldBe(1);
        var proxy = bruno.Page.GetByRole(AriaRole.Group, new() { Name = "Vote de Chloé Représentée, dont vous détenez la procuration" });
        await proxy.WaitForAsync();
        await Widths.AssertAccessibleAtBothAsync(bruno, "vote-bulletin-procuration");

        // Each chooses with the keyboard: Space ticks the focused choice, an arrow moves to the next one.
        await alice.Page.GetByRole(AriaRole.Group, new() { Name = "Votre vote" }).GetByLabel("Pour").FocusAsync();
        await alice.Page.Keyboard.PressAsync("Space");
        await bruno.Page.GetByRole(AriaRole.Group, new() { Name = "Votre vote" }).GetByLabel("Pour").FocusAsync();
        await bruno.Page.Keyboard.PressAsync("Space");
        await proxy.GetByLabel("Pour").FocusAsync();
        await bruno.Page.Keyboard.PressAsync("ArrowRight");
        (await proxy.GetByLabel("Contre").IsCheckedAsync()).ShouldBeTrue();

        // Both send at the same moment.
        await Task.WhenAll(
            alice.Page.GetByRole(AriaRole.Button, new() { Name = "Voter" }).ClickAsync(),
            bruno.Page.GetByRole(AriaRole.Button, new() { Name = "Voter" }).ClickAsync());
        await alice.Page.GetByText("Votre vote est enregistré : pour.").WaitForAsync();
        await bruno.Page.GetByText("Votre vote est enregistré : pour ; vote de Chloé Représentée : contre.").WaitForAsync();
        await alice.AssertAccessibleAsync();

        await secretariat.GoToAsync(scene.Url);
        (await page.Locator("#bulletins-recus").InnerTextAsync()).ShouldBe("3 votes reçus sur 3.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clore le vote" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le vote est clos et son résultat enregistré." }).WaitForAsync();
        (await page.Locator("#resultat").InnerTextAsync()).ShouldContain("Adopté : 2 pour, 1 contre, 0 abstention (2 voix requises, 3 votants habilités).");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "vote-resultat");

        await bruno.Page.ReloadAsync();
        (await bruno.Page.Locator("main").InnerTextAsync()).ShouldContain("Adopté : 2 pour, 1 contre");
        browser.Server.ErrorsLogged.ShouldBeEmpty();
    }

    private async Task<JourneyPage> SignedInAsync(string email)
    {
        var journey = await browser.OpenAsync();
        await SignIn.SubmitPasswordAsync(journey, email, SignIn.Password);
        await journey.Page.WaitForURLAsync("**/espace");
        return journey;
    }

    /// <summary>
    /// A closed meeting of a commission of three, held: Alice present, Bruno present and holding the proxy of Chloé.
    /// Each has a member's account with the demo password (its hash taken from the secretariat's account).
    /// </summary>
    private static Task<Scene> HeldMeetingAsync(TestDatabase database) => database.QueryAsync(async db =>
    {
        var body = new Body { Slug = "commission-des-votes", Name = "Commission des votes", Kind = BodyKind.StandingCommission };
        Person Member(string given, string family, Gender gender) => new() { GivenName = given, FamilyName = family, Gender = gender, IsDemo = true };
        var (alice, bruno, chloe) = (Member("Alice", "Votante", Gender.Female), Member("Bruno", "Mandataire", Gender.Male), Member("Chloé", "Représentée", Gender.Female));
        var start = new DateOnly(2026, 1, 1);
        db.BodyMemberships.AddRange(new[] { alice, bruno, chloe }.Select(p => new BodyMembership { Body = body, Person = p, StartDate = start }));
        var at = new DateTime(2026, 12, 1, 13, 0, 0, DateTimeKind.Utc);
        var meeting = new Meeting
        {
            Body = body, StartsAt = at, EndsAt = at.AddHours(2), Place = "Salle Laroque", Mode = MeetingMode.InPerson, Status = MeetingStatus.Held,
            Items = [new AgendaItem { Number = 1, Title = "Avis sur la formation continue", Kind = AgendaItemKind.Vote }],
            Attendances =
            [
                new Attendance { Person = alice, Presence = Presence.Present, RecordedAt = at },
                new Attendance { Person = bruno, Presence = Presence.Present, RecordedAt = at },
                new Attendance { Person = chloe, Presence = Presence.Represented, ProxyHolder = bruno, RecordedAt = at },
            ],
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();

        var hash = await db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.PasswordHash).SingleAsync();
        await db.AddAccountAsync(alice, "alice.votante@exemple.test", hash);
        await db.AddAccountAsync(bruno, "bruno.mandataire@exemple.test", hash);
        return new Scene(MeetingPaths.Vote(meeting.Id, meeting.Items[0].Id), "alice.votante@exemple.test", "bruno.mandataire@exemple.test", "Chloé Représentée");
    });
}
