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
/// The procès-verbal of a public session, with the keyboard: the secretariat drafts it and circulates it to the
/// members, a member makes a remark, the next meeting adopts its approval by show of hands, the secretariat records the approval, and the
/// public reads it from the public calendar. Each page passes axe at desktop and phone widths.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class MinutesJourney(BrowserFixture browser)
{
    private const string MemberEmail = "marc.rapporteur@exemple.test";

    [Fact]
    public async Task Minutes_are_drafted_circulated_approved_by_the_next_meeting_and_published()
    {
        var (first, next, approvalItem) = await MeetingsAsync(browser.Server.Database);
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);

        await secretariat.GoToAsync(MeetingPaths.Meeting(first));
        await page.GetByRole(AriaRole.Link, new() { Name = "Procès-verbal de la séance" }).ClickAsync();
        await page.WaitForURLAsync("**/proces-verbal");
        (await page.Locator("#etat-proces-verbal").TextContentAsync()).ShouldBe("Pas encore rédigé");
        await page.Locator("#Draft_Opening").FocusAsync();
        await page.Keyboard.TypeAsync("La séance est ouverte à 14 heures par la présidente.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("La commission entend le rapport sur l'accueil des stagiaires et en débat.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le projet" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le projet de procès-verbal est enregistré." }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Présents (2)");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "proces-verbal-projet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Diffuser aux membres" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "diffusé aux membres convoqués" }).WaitForAsync();

        // A member reads it and makes a remark on the item, with the keyboard; the secretariat reads it.
        await using (var member = await browser.OpenAsync())
        {
            await SignIn.SubmitPasswordAsync(member, MemberEmail, SignIn.Password);
            await member.Page.WaitForURLAsync("**/espace");
            await member.GoToAsync(MeetingPaths.Minutes(first));
            await member.Page.Locator("#Remark_ItemId").FocusAsync();
            await member.Page.Keyboard.PressAsync("ArrowDown");
            await member.Page.Keyboard.PressAsync("Tab");
            await member.Page.Keyboard.TypeAsync("Préciser que le rapport sera diffusé aux établissements de formation.");
            await member.Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'observation" }).FocusAsync();
            await member.Page.Keyboard.PressAsync("Enter");
            await member.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Votre observation est transmise au secrétariat." }).WaitForAsync();
            (await member.Page.Locator("#observations ~ ul").InnerTextAsync()).ShouldContain("sur le point 1 : Rapport sur l'accueil des stagiaires");
            await Widths.AssertAccessibleAtBothAsync(member, "proces-verbal-observation");
        }
        await page.ReloadAsync();
        (await page.Locator("#observations-nombre").InnerTextAsync()).ShouldBe("1 observation reçue.");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Préciser que le rapport sera diffusé aux établissements de formation.");

        // The next meeting approves it by show of hands.
        await secretariat.GoToAsync(MeetingPaths.Vote(next, approvalItem));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le vote" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le vote est ouvert." }).WaitForAsync();
        await page.Locator("#Closing_For").FillAsync("2");
        await page.Locator("#Closing_Against").FillAsync("0");
        await page.Locator("#Closing_Abstain").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clore le vote" }).ClickAsync();
        (await page.Locator("#resultat").InnerTextAsync()).ShouldContain("Adopté : 2 pour, 0 contre, 0 abstention");

        await secretariat.GoToAsync(MeetingPaths.Minutes(first));
        await page.Locator("#Approval_ItemId").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'approbation" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'approbation du procès-verbal est enregistrée." }).WaitForAsync();
        (await page.Locator("#etat-proces-verbal").TextContentAsync()).ShouldBe("Approuvé");

        await using var visitor = await browser.OpenAsync();
        await visitor.GoToAsync("/seances");
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "procès-verbal de la séance du 3 novembre 2026" }).ClickAsync();
        await visitor.Page.WaitForURLAsync($"**{MeetingPaths.PublicMinutes(first)}");
        var text = await visitor.Page.Locator("main").InnerTextAsync();
        text.ShouldContain("La commission entend le rapport sur l'accueil des stagiaires et en débat.");
        text.ShouldContain("approuvé par l'instance (Commission du procès-verbal, séance du 24 novembre 2026)");
        await Widths.AssertAccessibleAtBothAsync(visitor, "proces-verbal-public");
        browser.Server.ErrorsLogged.ShouldBeEmpty();
    }

    /// <summary>Two public meetings of a commission of two, both held with both members present; the second puts the first's minutes to the vote.</summary>
    private static Task<(int First, int Next, int ApprovalItem)> MeetingsAsync(TestDatabase database) => database.QueryAsync(async db =>
    {
        var body = new Body { Slug = "commission-du-proces-verbal", Name = "Commission du procès-verbal", Kind = BodyKind.StandingCommission };
        var people = new[] { ("Inès", "Présidente", Gender.Female), ("Marc", "Rapporteur", Gender.Male) }
            .Select(p => new Person { GivenName = p.Item1, FamilyName = p.Item2, Gender = p.Item3, IsDemo = true }).ToList();
        db.BodyMemberships.AddRange(people.Select(p => new BodyMembership { Body = body, Person = p, StartDate = new DateOnly(2026, 1, 1) }));
        Meeting Held(DateTime at, string title, AgendaItemKind kind) => new()
        {
            Body = body, StartsAt = at, EndsAt = at.AddHours(2), Place = "Salle Laroque", Mode = MeetingMode.InPerson, IsPublic = true,
            Status = MeetingStatus.Held, Items = [new AgendaItem { Number = 1, Title = title, Kind = kind }],
            Attendances = [.. people.Select(p => new Attendance { Person = p, Presence = Presence.Present, RecordedAt = at })],
        };
        var first = Held(new DateTime(2026, 11, 3, 13, 0, 0, DateTimeKind.Utc), "Rapport sur l'accueil des stagiaires", AgendaItemKind.Debate);
        var next = Held(new DateTime(2026, 11, 24, 13, 0, 0, DateTimeKind.Utc), "Approbation du procès-verbal de la séance du 3 novembre 2026", AgendaItemKind.Vote);
        db.Meetings.AddRange(first, next);
        await db.SaveChangesAsync();
        var hash = await db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.PasswordHash).SingleAsync();
        await db.AddAccountAsync(people[1], MemberEmail, hash);
        return (first.Id, next.Id, next.Items[0].Id);
    });
}
