using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The secretariat makes the plenary's calendar address and sends the convocation of the plenary to come (the outbox
/// shows its invitation); the demo member renews their own calendar address. Each page passes axe.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class CalendarJourney(BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_convenes_by_email_and_makes_a_bodys_calendar_address_and_a_member_renews_their_own()
    {
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);

        await secretariat.GoToAsync("/espace/seances");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calendriers des instances" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/seances/calendriers");
        await secretariat.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l'adresse du calendrier « Assemblée plénière »" }).ClickAsync();
        var address = (await page.Locator("#adresse-calendrier").InnerTextAsync()).Trim();
        address.ShouldContain("/calendrier/");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "calendriers-instances");
        var feed = await page.APIRequest.GetAsync(address);
        feed.Status.ShouldBe(200);
        (await feed.TextAsync()).ShouldContain("BEGIN:VCALENDAR");

        await secretariat.GoToAsync("/espace/seances");
        await page.GetByRole(AriaRole.Table, new() { Name = "Séances à venir" }).Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(MeetingPage());
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la convocation" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La convocation part par courriel" }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("La convocation a été envoyée par courriel le");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "seance-convoquee");

        await secretariat.GoToAsync("/espace/courriels");
        await page.Locator("main a[href^='/espace/courriels/']").Filter(new() { HasText = "Convocation" }).First.ClickAsync();
        await page.WaitForURLAsync("**/espace/courriels/*");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("convocation.ics");
        await secretariat.AssertAccessibleAsync();

        await secretariat.GoToAsync("/seances");
        (await page.GetByRole(AriaRole.Link, new() { Name = "S'abonner au calendrier des séances publiques" }).GetAttributeAsync("href")).ShouldBe("/seances.ics");

        await using var member = await browser.OpenAsync();
        await SignIn.SubmitPasswordAsync(member, MemberHomeJourney.Member, SignIn.Password);
        await member.Page.WaitForURLAsync("**/espace");
        await member.GoToAsync("/espace/seances");
        await member.Page.GetByRole(AriaRole.Link, new() { Name = "Ajouter mes séances à mon agenda" }).ClickAsync();
        await member.Page.WaitForURLAsync("**/compte/calendrier");
        await member.AssertAccessibleAsync();
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Créer mon adresse d'abonnement" }).ClickAsync();
        (await member.Page.Locator("#adresse-calendrier").InnerTextAsync()).ShouldContain("/calendrier/");
        await Widths.AssertAccessibleAtBothAsync(member, "mon-calendrier");
    }

    [GeneratedRegex(@"/espace/seances/\d+$")]
    private static partial Regex MeetingPage();
}
