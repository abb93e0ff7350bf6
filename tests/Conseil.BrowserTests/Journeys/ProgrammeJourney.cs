using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>The public finds the adopted work programme from the home page; a member follows its progress per axis.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class ProgrammeJourney(BrowserFixture browser)
{
    [Fact]
    public async Task The_public_reads_the_adopted_programme_and_a_member_follows_each_axis_on_its_timeline()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;

        await journey.GoToAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lire son programme de travail" }).ClickAsync();
        await page.WaitForURLAsync("**/programme");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Programme de travail 2020–2021" }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Adopté par l'assemblée plénière du 18 novembre 2019");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 3 }).AllInnerTextsAsync()).Count(h => h.StartsWith("Axe ", StringComparison.Ordinal)).ShouldBe(4);
        await Widths.AssertAccessibleAtBothAsync(journey, "programme-public");

        await SignIn.SubmitPasswordAsync(journey, MemberHomeJourney.Member, SignIn.Password);
        await page.WaitForURLAsync("**/espace");
        await page.GetByRole(AriaRole.Link, new() { Name = "Programme de travail" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/programme");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Programme de travail 2020–2021");
        var axis = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Axe 4 : Le partage d'informations" }) });
        (await axis.GetByText("Avancement : 1 chantier livré sur 2, 1 en cours").CountAsync()).ShouldBe(1);
        (await axis.GetByRole(AriaRole.List, new() { Name = "Chantiers de l'axe 4, par date prévue" }).Locator("> li").CountAsync()).ShouldBe(2);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Modifier le programme" }).CountAsync()).ShouldBe(0);
        await Widths.AssertAccessibleAtBothAsync(journey, "programme-membre");
    }
}
