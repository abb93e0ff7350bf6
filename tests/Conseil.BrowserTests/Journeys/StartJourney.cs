using Conseil.BrowserTests.Support;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class StartJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Home_page_is_french_titled_accessible_and_its_skip_link_moves_focus_to_the_content()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;

        (await journey.GoToAsync("/")).Status.ShouldBe(200);

        (await page.GetAttributeAsync("html", "lang")).ShouldBe("fr");
        (await page.TitleAsync()).ShouldBe("Accueil – Haut Conseil du travail social");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')")).ShouldBe("#contenu");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("contenu");
        await journey.AssertAccessibleAsync();
    }
}
