using Conseil.BrowserTests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// A member of the COVID dossier's working group finds it under « Mes dossiers » on the workspace home and reads it
/// all on its page, one click away; a dossier of another group answers 404, as a dossier that does not exist.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class DossierPageJourney(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_of_the_group_reaches_the_dossier_from_the_workspace_and_an_outsider_gets_404()
    {
        var (covid, other) = await JoinCovidGroupAsync();
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;

        await SignIn.SubmitPasswordAsync(journey, MemberHomeJourney.Member, SignIn.Password);
        await page.WaitForURLAsync("**/espace");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mes dossiers" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = DossiersDemo.CovidName }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/dossiers/{covid}");

        var main = await page.Locator("main").InnerTextAsync();
        main.ShouldContain("Saisine interministérielle");
        main.ShouldContain("Ministère des Solidarités et de la Santé");
        main.ShouldContain("Explorer les enseignements de la crise sur les organisations et les pratiques professionnelles des travailleurs sociaux.");
        main.ShouldContain("Les liens partenariaux et les dynamiques territoriales");
        main.ShouldContain("Passage à l'état « En suivi »");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Changer l'état" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Chronologie" }).CountAsync()).ShouldBe(1);
        await Widths.AssertAccessibleAtBothAsync(journey, "dossier-membre");

        var outside = await journey.GoToAsync($"/espace/dossiers/{other}");
        outside.Status.ShouldBe(404);
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("autre groupe");
        await journey.AssertAccessibleAsync();
    }

    /// <summary>The demo member joins a working group of the COVID dossier (directly in the database, as the groups' pages would).</summary>
    private async Task<(int Covid, int Other)> JoinCovidGroupAsync()
    {
        var database = browser.Server.Database;
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, database.Provider, database.ConnectionString);
        await using var db = new AppDb(options.Options, new SystemActor(), TimeProvider.System);
        var covid = await db.Dossiers.SingleAsync(d => d.Name == DossiersDemo.CovidName);
        const string otherName = "Dossier d'un autre groupe (parcours « page du dossier »)";
        var other = await db.Dossiers.Where(d => d.Name == otherName).Select(d => d.Id).SingleOrDefaultAsync();
        if (other == 0)
        {
            var dossier = new Dossier { Name = otherName, Kind = ReferralKind.Ministerial, ReceivedOn = new(2026, 1, 5), State = DossierState.UnderExamination };
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            other = dossier.Id;
        }
        await database.JoinGroupAsync(covid.Id, "Groupe du parcours « page du dossier »");
        return (covid.Id, other);
    }
}
