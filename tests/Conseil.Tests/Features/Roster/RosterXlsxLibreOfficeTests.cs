using System.Diagnostics;
using Conseil.Tests.Support;

namespace Conseil.Tests.Features.Roster;

/// <summary>The XLSX export must open in LibreOffice, not only in OpenXml (test.sh installs libreoffice-calc-nogui).</summary>
public sealed class RosterXlsxLibreOfficeTests(PublicSiteFixture site) : IClassFixture<PublicSiteFixture>
{
    private const string LibreOffice = "/usr/bin/libreoffice";

    [Fact]
    public async Task Xlsx_export_opens_in_libreoffice()
    {
        File.Exists(LibreOffice).ShouldBeTrue("LibreOffice est requis par ce test : lancez ./test.sh, qui l'installe.");
        var folder = Directory.CreateTempSubdirectory("conseil-xlsx-").FullName;
        try
        {
            var xlsx = Path.Combine(folder, "composition.xlsx");
            await File.WriteAllBytesAsync(xlsx,
                await site.Client.GetByteArrayAsync("/composition/export.xlsx", TestContext.Current.CancellationToken),
                TestContext.Current.CancellationToken);

            // Semicolon-separated UTF-8 output (filter options 59,34,76), in a profile of its own so runs do not collide.
            var start = new ProcessStartInfo(LibreOffice,
                [$"-env:UserInstallation=file://{folder}/profil", "--headless", "--convert-to",
                 "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", folder, xlsx]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "composition.csv"), TestContext.Current.CancellationToken);
            lines[0].ShouldBe("collège;siège;intitulé du siège;organisme;rôle;nom;prénom;début;fin;mandature;acte");
            lines.Length.ShouldBeGreaterThan(60);
            lines[1].ShouldContain("2022–2027");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
