using System.Text;
using System.Text.Json;
using Conseil.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Conseil.Tests.Features.Roster;

public sealed class RosterExportTests(PublicSiteFixture site) : IClassFixture<PublicSiteFixture>
{
    [Fact]
    public async Task Csv_export_is_utf8_with_bom_semicolons_and_crlf_without_personal_contact_data()
    {
        var response = await site.Client.GetAsync("/composition/export.csv", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8");
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("collège;siège;intitulé du siège;organisme;rôle;nom;prénom;début;fin;mandature;acte");
        lines.Length.ShouldBeGreaterThan(60);
        lines[1].ShouldStartWith("1;1;");
        // The demo leaves 4 seats vacant: each has its line, in its place.
        lines.Count(l => l.Contains(";siège vacant;", StringComparison.Ordinal)).ShouldBe(4);
        lines.ShouldContain("6;9;Personne qualifiée n° 9;;siège vacant;;;;;;");
        text.ShouldContain("2022–2027");
        text.ShouldNotContain("@");
    }

    [Fact]
    public async Task Xlsx_export_is_a_workbook_with_the_lines_of_the_csv()
    {
        var csvLines = (await site.Client.GetStringAsync("/composition/export.csv", TestContext.Current.CancellationToken))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var bytes = await site.Client.GetByteArrayAsync("/composition/export.xlsx", TestContext.Current.CancellationToken);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        sheet.Name!.Value.ShouldBe("Composition");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        rows.Count.ShouldBe(csvLines.Length);
        rows[0].Elements<Cell>().First().InnerText.ShouldBe("collège");
        var firstMember = rows[1].Elements<Cell>().ToList();
        firstMember[5].InnerText.ShouldBe(csvLines[1].Split(';')[5]);
        DateTime.FromOADate(double.Parse(firstMember[7].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))
            .ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(csvLines[1].Split(';')[7]);
    }

    [Fact]
    public async Task Popolo_export_has_persons_organizations_and_memberships()
    {
        var response = await site.Client.GetAsync("/composition/export.popolo.json", TestContext.Current.CancellationToken);
        response.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;

        var person = root.GetProperty("persons")[0];
        person.GetProperty("id").GetString().ShouldStartWith("personne-");
        person.GetProperty("given_name").GetString().ShouldNotBeNullOrEmpty();
        person.GetProperty("family_name").GetString().ShouldNotBeNullOrEmpty();
        person.TryGetProperty("email", out _).ShouldBeFalse();
        var organizations = root.GetProperty("organizations").EnumerateArray().ToList();
        organizations.Count(o => o.GetProperty("classification").GetString() == "college").ShouldBe(6);
        organizations.ShouldContain(o => o.GetProperty("id").GetString() == "assemblee-pleniere");
        // One style for every category: lower-case snake_case codes, as Popolo's own keys.
        organizations.Select(o => o.GetProperty("classification").GetString()).ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c!, "^[a-z]+(_[a-z]+)*$"));
        organizations.ShouldContain(o => o.GetProperty("classification").GetString() == "standing_commission");
        organizations.ShouldContain(o => o.GetProperty("classification").GetString() == "social_protection");
        organizations.ShouldContain(o => o.GetProperty("name").GetString()!.Contains("Caisse nationale des allocations familiales"));
        var memberships = root.GetProperty("memberships").EnumerateArray().ToList();
        memberships.Count.ShouldBeGreaterThanOrEqualTo(root.GetProperty("persons").GetArrayLength());
        memberships.ShouldContain(m => m.GetProperty("role").GetString() == "suppléant");
        memberships.Any(m => m.TryGetProperty("on_behalf_of_id", out _)).ShouldBeTrue();
        memberships[0].GetProperty("organization_id").GetString().ShouldBe("college-1");
        memberships[0].GetProperty("start_date").GetString()!.ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
    }
}
