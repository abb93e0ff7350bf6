using Conseil.BrowserTests.Support;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class StaticPagesJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Accessibility_statement_passes_axe()
    {
        await using var journey = await browser.OpenAsync();

        (await journey.GoToAsync("/accessibilite")).Status.ShouldBe(200);

        (await journey.Page.Locator("h1").InnerTextAsync()).ShouldBe("Déclaration d'accessibilité");
        await journey.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Unknown_address_shows_a_french_accessible_not_found_page()
    {
        await using var journey = await browser.OpenAsync();

        (await journey.GoToAsync("/page-qui-n-existe-pas")).Status.ShouldBe(404);

        (await journey.Page.GetAttributeAsync("html", "lang")).ShouldBe("fr");
        (await journey.Page.Locator("h1").InnerTextAsync()).ShouldBe("Page introuvable");
        await journey.AssertAccessibleAsync();
    }
}
