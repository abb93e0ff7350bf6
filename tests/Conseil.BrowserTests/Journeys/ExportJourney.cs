using System.Text;
using System.Text.Json;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class ExportJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Csv_link_downloads_a_utf8_file_with_bom_semicolons_and_accents()
    {
        await using var journey = await browser.OpenAsync();
        await journey.GoToAsync("/composition");

        var bytes = await DownloadAsync(journey.Page, "CSV");

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Split('\n')[0].ShouldContain(";");
        text.ShouldContain("Représentant");
    }

    [Fact]
    public async Task Xlsx_link_downloads_a_zip_package()
    {
        await using var journey = await browser.OpenAsync();
        await journey.GoToAsync("/composition");

        var bytes = await DownloadAsync(journey.Page, "XLSX");

        Encoding.ASCII.GetString(bytes, 0, 2).ShouldBe("PK");
    }

    [Fact]
    public async Task Popolo_link_serves_json_with_persons_organizations_and_memberships()
    {
        await using var journey = await browser.OpenAsync();
        await journey.GoToAsync("/composition");

        var response = await journey.Page.RunAndWaitForResponseAsync(
            () => journey.Page.GetByRole(AriaRole.Link, new() { Name = "Popolo JSON", Exact = true }).ClickAsync(),
            "**/composition/export.popolo.json");

        response.Status.ShouldBe(200);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        foreach (var list in new[] { "persons", "organizations", "memberships" })
            json.RootElement.GetProperty(list).GetArrayLength().ShouldBeGreaterThan(0, list);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string linkText)
    {
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = linkText, Exact = true }).ClickAsync());
        (await download.FailureAsync()).ShouldBeNull();
        await using var stream = await download.CreateReadStreamAsync();
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        return memory.ToArray();
    }
}
