using System.Text;
using Conseil.BrowserTests.Support;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The secretariat records a hearing of the COVID dossier — two people heard, one of whom asks for anonymity — and
/// produces the list of people heard to annex to the report, as a page and as a CSV file.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class HearingJourney(BrowserFixture browser)
{
    private const string Named = "Mathilde Aubertin", Anonymous = "Yann Keraudren";
    private const string Udaf = "Union départementale des associations familiales du Finistère";

    [Fact]
    public async Task A_hearing_is_recorded_and_the_annex_lists_who_consented_by_name_and_the_others_anonymously()
    {
        var covid = await browser.Server.Database.QueryAsync(db => db.Dossiers.Where(d => d.Name == DossiersDemo.CovidName).Select(d => d.Id).SingleAsync());
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);

        await secretariat.GoToAsync($"/espace/dossiers/{covid}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Les auditions") }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/dossiers/{covid}/auditions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmer une audition" }).ClickAsync();
        await page.WaitForURLAsync("**/auditions/nouvelle");

        await page.Locator("#Input_Date").FillAsync("2026-11-25");
        await page.Locator("#Input_Participants_0__FullName").FillAsync(Named);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'audition" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Indiquez le lieu ou la modalité de l'audition");
        (await page.Locator("#Input_Participants_0__FullName").InputValueAsync()).ShouldBe(Named);
        await secretariat.AssertAccessibleAsync();

        await page.Locator("#Input_Place").FillAsync("Visioconférence");
        await page.Locator("#Input_Time").FillAsync("10:00");
        await page.Locator("#Input_Participants_0__Role").FillAsync("directrice");
        await page.Locator("#Input_Participants_0__Organisation").FillAsync(Udaf);
        await page.Locator("#Input_Participants_0__Consents").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une personne" }).ClickAsync();
        await page.Locator("#Input_Participants_1__FullName").FillAsync(Anonymous);
        await page.Locator("#Input_Participants_1__Role").FillAsync("travailleur social");
        await page.Locator("#Input_Participants_1__Organisation").FillAsync(Udaf);
        await page.Locator("input[name='Input.ThemeIds']").First.TickAsync();
        await page.Locator("#Input_Minutes").FillAsync("Les familles ont vu se fermer les lieux d'accueil ; les visites à domicile ont repris dès le mois de mai.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'audition" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'audition a été enregistrée" }).WaitForAsync();
        (await page.Locator("#Input_Participants_0__FullName").InputValueAsync()).ShouldBe(Named);
        (await page.Locator("#Input_Participants_1__FullName").InputValueAsync()).ShouldBe(Anonymous);
        (await page.Locator("#Input_Participants_1__Consents").IsCheckedAsync()).ShouldBeFalse();
        await Widths.AssertAccessibleAtBothAsync(secretariat, "audition");

        await secretariat.GoToAsync($"/espace/dossiers/{covid}/auditions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Liste des personnes auditionnées, pour l'annexe" }).ClickAsync();
        await page.WaitForURLAsync("**/auditions/annexe");
        var annex = await page.Locator($"h2:text-is(\"{Udaf}\") + ul").InnerTextAsync();
        annex.ShouldContain(Named);
        annex.ShouldContain(HearingAnnex.AnonymousName);
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain(Anonymous);
        await Widths.AssertAccessibleAtBothAsync(secretariat, "audition-annexe");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Télécharger la liste (CSV)" }).First.ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".csv");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("organisme;personne auditionnée;fonction;date de l'audition");
        lines.ShouldContain($"{Udaf};{Named};directrice;25/11/2026");
        lines.ShouldContain($"{Udaf};{HearingAnnex.AnonymousName};;25/11/2026");
        lines.ShouldNotContain(l => l.Contains(Anonymous));
    }
}
