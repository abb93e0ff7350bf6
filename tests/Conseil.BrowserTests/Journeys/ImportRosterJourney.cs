using System.Text;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class ImportRosterJourney(BrowserFixture browser)
{
    // Mandates of the past term, on seats that had none then: the current composition stays as the other journeys expect.
    private const string GoodLine = "2;5;titulaire;Verifimport;Camille;F;;;06/02/2020;31/07/2021;2020–2021;Arrêté du 6 février 2020;terminé";
    private const string UnknownOrganisationLine = "2;6;titulaire;Secondimport;Dominique;H;;ZZZINCONNU;06/02/2020;31/07/2021;2020–2021;;terminé";
    private const string FixedLine = "2;6;titulaire;Secondimport;Dominique;H;;;06/02/2020;31/07/2021;2020–2021;;terminé";

    [Fact]
    public async Task A_line_naming_an_unknown_organisation_is_reported_and_nothing_saved_then_the_fixed_file_is_checked_and_applied()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await SignIn.AsAsync(browser, journey);
        var header = await TemplateHeaderAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Importer une liste" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/composition/import");
        await journey.AssertAccessibleAsync();

        await UploadAsync(page, header, GoodLine, UnknownOrganisationLine);
        var refused = page.GetByRole(AriaRole.Table, new() { Name = "Lignes refusées" });
        (await refused.Locator("tbody th").AllInnerTextsAsync()).ShouldBe(["3"]);
        (await refused.Locator("tbody td").InnerTextAsync()).ShouldContain("Organisme inconnu : ZZZINCONNU");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer l'import" }).CountAsync()).ShouldBe(0);
        await journey.AssertAccessibleAsync();
        (await PeopleNamedAsync(journey, "Verifimport")).ShouldBe(0);

        await journey.GoToAsync("/espace/composition/import");
        await UploadAsync(page, header, GoodLine, FixedLine);
        var changes = page.GetByRole(AriaRole.Table, new() { Name = "Modifications" });
        (await changes.Locator("tbody th").AllInnerTextsAsync()).Distinct().ShouldBe(["2", "3"], ignoreOrder: true);
        (await changes.InnerTextAsync()).ShouldContain("Verifimport", Case.Insensitive);
        await journey.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer l'import" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import appliqué" }).WaitForAsync();
        await journey.AssertAccessibleAsync();
        (await PeopleNamedAsync(journey, "Verifimport")).ShouldBe(1);
        (await PeopleNamedAsync(journey, "Secondimport")).ShouldBe(1);
    }

    private static async Task<string> TemplateHeaderAsync(IPage page)
    {
        var template = await page.APIRequest.GetAsync("/espace/composition/import/modele.csv");
        template.Status.ShouldBe(200);
        return (await template.TextAsync()).TrimStart('\uFEFF').Split("\r\n")[0];
    }

    private static async Task UploadAsync(IPage page, params string[] lines)
    {
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")).ToArray();
        await page.Locator("#fichier").SetInputFilesAsync(new FilePayload { Name = "composition.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("caption").Filter(new() { HasTextRegex = new("Lignes refusées|Modifications") }).First.WaitForAsync();
    }

    private static async Task<int> PeopleNamedAsync(JourneyPage journey, string familyName)
    {
        await journey.GoToAsync("/espace/composition/personnes?Q=" + familyName);
        return await journey.Page.Locator("main tbody tr").Filter(new() { HasText = familyName }).CountAsync();
    }
}
