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
    public async Task On_a_phone_no_table_is_wider_than_the_screen_and_the_exports_come_first()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await page.SetViewportSizeAsync(390, 844);
        await journey.GoToAsync("/composition");

        var widest = await page.EvaluateAsync<double>(
            "() => Math.max(...[...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right))");
        widest.ShouldBeLessThanOrEqualTo(390);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        var csv = await page.Locator("a[href='/composition/export.csv']").BoundingBoxAsync();
        var firstCollege = await page.Locator("section h3").First.BoundingBoxAsync();
        csv!.Y.ShouldBeLessThan(firstCollege!.Y);
        await journey.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_missing_page_keeps_the_state_header_and_footer_accessibly()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;

        (await journey.GoToAsync("/composition/page-inconnue")).Status.ShouldBe(404);

        (await page.Locator("header.fr-header").CountAsync()).ShouldBe(1);
        (await page.Locator("footer.fr-footer").CountAsync()).ShouldBe(1);
        (await page.Locator("main h1").InnerTextAsync()).ShouldBe("Page introuvable");
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
