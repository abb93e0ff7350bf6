using Conseil.BrowserTests.Support;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class PublicCompositionJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Composition_shows_six_colleges_vacant_seats_and_office_holders_accessibly()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;

        (await journey.GoToAsync("/composition")).Status.ShouldBe(200);

        (await page.Locator("section h3").CountAsync()).ShouldBe(6);
        (await page.Locator(".conseil-seat-vacant").CountAsync()).ShouldBe(4);
        var offices = await page.Locator("h2:has-text('Présidence') + ul").InnerTextAsync();
        offices.ShouldContain("Président : Mathieu Klein");
        offices.ShouldContain("Secrétaire général : Amaury Ville");
        await journey.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Keyboard_reaches_the_skip_links_first_then_the_navigation()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await journey.GoToAsync("/composition");

        var reached = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href') ?? document.activeElement.textContent.trim()"));
        }

        reached[0].ShouldBe("#contenu");
        reached.IndexOf("/composition").ShouldBeGreaterThan(reached.IndexOf("/"));
        reached.ShouldContain("#navigation-principale");
        reached.IndexOf("/composition").ShouldBeGreaterThan(reached.IndexOf("#pied-de-page"));
    }
}
