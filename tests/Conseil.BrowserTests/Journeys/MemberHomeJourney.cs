using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>The demo member signs in and finds, on the workspace home, their own mandates and bodies, not the secretariat's alerts.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class MemberHomeJourney(BrowserFixture browser)
{
    public const string Member = "membre@conseil.test";

    [Fact]
    public async Task A_member_sees_their_mandates_and_bodies_and_reaches_their_seat()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;

        await SignIn.SubmitPasswordAsync(journey, Member, SignIn.Password);
        await page.WaitForURLAsync("**/espace");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Vos mandats" }).WaitForAsync();
        var mandates = page.GetByRole(AriaRole.Table, new() { Name = "Vos mandats en cours et à venir" });
        (await mandates.Locator("tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await mandates.InnerTextAsync()).ShouldContain("Titulaire");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Vos instances" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Ce qui demande votre attention" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Nouveau mandat" }).CountAsync()).ShouldBe(0);
        await journey.AssertAccessibleAsync();

        var seat = mandates.Locator("tbody th a").First;
        var label = await seat.InnerTextAsync();
        await seat.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/espace/composition/siege/*");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain(label);
        await journey.AssertAccessibleAsync();
    }
}
