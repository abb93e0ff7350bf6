using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The secretariat changes a record and reads the change in the journal on a 1280 px screen, in French and without
/// scrolling sideways; then reads a person's access export on screen and as printed.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class AuditLogJourney(BrowserFixture browser)
{
    private const string Email = "hortense.delacour-villeneuve.secretariat-general@exemple-tres-long.test";

    [Fact]
    public async Task A_change_reads_in_french_in_the_journal_at_1280_px_and_the_export_prints_without_the_site_chrome()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await page.SetViewportSizeAsync(1280, 800);
        await SignIn.AsAsync(browser, journey);

        await journey.GoToAsync("/espace/composition/personne");
        await page.Locator("#Input_GivenName").FillAsync("Hortense");
        await page.Locator("#Input_FamilyName").FillAsync("Delacour-Villeneuve");
        await page.Locator("#Input_Gender").SelectOptionAsync(new SelectOptionValue { Label = "Femme" });
        await page.Locator("#Input_Email").FillAsync(Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();

        await journey.GoToAsync("/espace/journal");
        var latest = page.Locator("tbody tr").First;
        var text = await latest.InnerTextAsync();
        text.ShouldContain("Fiche d'Hortense Delacour-Villeneuve");
        text.ShouldContain("Genre : Femme");
        text.ShouldContain("Personne fictive (démonstration) : non");
        text.ShouldNotMatch(@"\b(Person|IsDemo|Female|False)\b");
        // Nothing of the page, the table or the change lies beyond the right edge of the screen.
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        (await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.fr-table__container')].every(c => c.scrollWidth <= c.clientWidth)")).ShouldBeTrue();
        var change = latest.Locator("li").Filter(new() { HasText = Email });
        var box = (await change.BoundingBoxAsync())!;
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(1280);
        (await change.IsVisibleAsync()).ShouldBeTrue();
        await journey.AssertAccessibleAsync();

        await page.GetByLabel("Type d'enregistrement").SelectOptionAsync(new SelectOptionValue { Label = "Personne" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/journal?Type=Person*");
        (await page.Locator("tbody tr").First.InnerTextAsync()).ShouldContain("Fiche d'Hortense Delacour-Villeneuve");
        await journey.AssertAccessibleAsync();

        await journey.GoToAsync("/espace/rgpd/personnes/1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lire l'export (page imprimable)" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/rgpd/personnes/1/export");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Journal des modifications" }).WaitForAsync();
        await journey.AssertAccessibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator("header.fr-header").IsVisibleAsync()).ShouldBeFalse();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Télécharger au format JSON" }).IsVisibleAsync()).ShouldBeFalse();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Identité" }).IsVisibleAsync()).ShouldBeTrue();
    }
}
