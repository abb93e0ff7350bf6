using Conseil.BrowserTests.Support;
using Conseil.Tests.Support;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Written;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The written procedure with the keyboard: the secretariat consults a commission of three; a member votes from their
/// personal link, without signing in; the secretariat sees who has voted. Each page passes axe at both widths.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class WrittenProcedureJourney(BrowserFixture browser)
{
    private static readonly string[] Names = ["Lina", "Marius", "Nora"];

    [Fact]
    public async Task The_secretariat_consults_a_commission_in_writing_and_a_member_votes_from_their_link()
    {
        var body = await CommissionAsync(browser.Server.Database);
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);
        await page.GetByRole(AriaRole.Link, new() { Name = "Consultations écrites" }).First.ClickAsync();
        await page.WaitForURLAsync($"**{MeetingPaths.Consultations}");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "consultations-ecrites");

        await page.Locator("#Input_BodyId").SelectOptionAsync(body.ToString());
        await page.Locator("#Input_Title").FocusAsync();
        await page.Keyboard.TypeAsync("Date de la prochaine journée d'étude");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("La commission tient sa journée d'étude le 12 mars 2027 à Lyon.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la consultation et envoyer les liens" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "3 membres reçoivent son lien personnel par courriel" }).WaitForAsync();
        var id = int.Parse(page.Url.Split('/').Last());
        await Widths.AssertAccessibleAtBothAsync(secretariat, "consultation-ecrite");

        // The member's link (the e-mailed secret is nobody's here: one is given to their ballot).
        var token = LinkTokens.New();
        await browser.Server.Database.QueryAsync(async db =>
        {
            var ballot = await db.Set<WrittenBallot>().Include(b => b.Person).SingleAsync(b => b.WrittenConsultationId == id && b.Person.GivenName == "Lina");
            ballot.TokenHash = LinkTokens.Hash(token);
            return await db.SaveChangesAsync();
        });
        await using var member = await browser.OpenAsync();
        await member.GoToAsync(MeetingPaths.WrittenBallot(token));
        await Widths.AssertAccessibleAtBothAsync(member, "consultation-ecrite-vote");
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon vote" }).ClickAsync();
        (await member.Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Choisissez votre vote");
        await member.AssertAccessibleAsync();
        await member.Page.GetByLabel("Pour").FocusAsync();
        await member.Page.Keyboard.PressAsync("Space");
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mon vote" }).FocusAsync();
        await member.Page.Keyboard.PressAsync("Enter");
        await member.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Votre vote est enregistré." }).WaitForAsync();
        (await member.Page.Locator("#vote-enregistre").InnerTextAsync()).ShouldStartWith("Votre vote « Pour » est enregistré le");
        await member.AssertAccessibleAsync();

        await page.ReloadAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("1 membre a voté sur 3.");
        browser.Server.ErrorsLogged.ShouldBeEmpty();
    }

    /// <summary>A commission of three members in office, each with an address.</summary>
    private static Task<int> CommissionAsync(TestDatabase database) => database.QueryAsync(async db =>
    {
        var body = new Body { Slug = "commission-consultee", Name = "Commission consultée par écrit", Kind = BodyKind.WorkingGroup };
        var people = Names.Select(n => new Person { GivenName = n, FamilyName = "Consultée", Gender = Gender.Female, IsDemo = true, Email = $"{n.ToLowerInvariant()}.consultee@exemple.test" })
            .ToList();
        db.BodyMemberships.AddRange(people.Select(p => new BodyMembership { Body = body, Person = p, StartDate = new DateOnly(2026, 1, 1) }));
        await db.SaveChangesAsync();
        return body.Id;
    });
}
