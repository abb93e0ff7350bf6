using Conseil.BrowserTests.Support;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The secretariat drafts an opinion of the COVID dossier: a chapter, a theme, three recommendations numbered as they
/// come, one moved up and renumbered; it saves a version, changes a word, saves another and compares the two word by
/// word. Then it reads the demo COVID report, its 12 recommendations in five themes, and its two versions compared.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class DeliverableJourney(BrowserFixture browser)
{
    [Fact]
    public async Task An_opinion_is_drafted_its_recommendations_renumbered_and_two_versions_compared()
    {
        var covid = await browser.Server.Database.QueryAsync(db => db.Dossiers.Where(d => d.Name == DossiersDemo.CovidName).Select(d => d.Id).SingleAsync());
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);

        await secretariat.GoToAsync($"/espace/dossiers/{covid}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Les livrables") }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/dossiers/{covid}/livrables");
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer la rédaction" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Indiquez le titre du livrable.");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "livrables");
        await page.Locator("#Input_Kind").SelectOptionAsync("Opinion");
        await page.Locator("#Input_Title").FillAsync("Avis sur les métiers de l'aller-vers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer la rédaction" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le livrable est créé" }).WaitForAsync();
        var draft = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter une partie ou un chapitre" }).ClickAsync();
        await page.Locator("#Input_Title").FillAsync("Les constats");
        await page.Locator("#Input_Text").FillAsync("Les maraudes ont **gardé le lien** avec les personnes isolées.\n\n<script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "est ajouté à la fin du texte" }).WaitForAsync();
        (await page.Locator(".conseil-markdown strong").First.InnerTextAsync()).ShouldBe("gardé le lien");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("<script>alert(1)</script>");

        await page.Locator("#NewTheme_Title").FillAsync("Sur les pratiques professionnelles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le thème" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le thème est ajouté" }).WaitForAsync();
        foreach (var title in new[] { "Développer les maraudes", "Former à l'aller-vers", "Reconnaître le temps du lien" })
        {
            await secretariat.GoToAsync(new Uri(draft).AbsolutePath + "/preconisations/nouvelle");
            await page.Locator("#Input_Title").FillAsync(title);
            await page.GetByLabel("Départements de France").TickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La préconisation est ajoutée" }).WaitForAsync();
        }
        (await page.Locator("#preconisation-3").InnerTextAsync()).ShouldBe("Préconisation n° 3 : Reconnaître le temps du lien");
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter la préconisation n° 3" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "les numéros suivent le nouvel ordre" }).WaitForAsync();
        (await page.Locator("#preconisation-2").InnerTextAsync()).ShouldBe("Préconisation n° 2 : Reconnaître le temps du lien");
        (await page.Locator("#preconisation-3").InnerTextAsync()).ShouldBe("Préconisation n° 3 : Former à l'aller-vers");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "livrable-projet");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer une version" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La version est enregistrée" }).WaitForAsync();
        await secretariat.GoToAsync(new Uri(draft).AbsolutePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer une version" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Le texte n'a pas changé depuis la version n° 1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier la section « Les constats »" }).ClickAsync();
        await page.Locator("#Input_Text").FillAsync("Les maraudes ont **maintenu le lien** avec les personnes isolées.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await page.Locator("#NewVersion_Note").FillAsync("Après la relecture");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer une version" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La version est enregistrée" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ce qui a changé depuis la version n° 1" }).ClickAsync();
        await page.WaitForURLAsync("**/versions/comparer?de=1&a=2");
        (await page.Locator(".conseil-diff del.conseil-removed").First.InnerTextAsync()).ShouldContain("gardé");
        (await page.Locator(".conseil-diff ins.conseil-added").First.InnerTextAsync()).ShouldContain("maintenu");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "livrable-comparaison");
    }

    [Fact]
    public async Task The_covid_report_reads_with_its_twelve_recommendations_and_its_versions()
    {
        var covid = await browser.Server.Database.QueryAsync(db => db.Dossiers.Where(d => d.Name == DossiersDemo.CovidName).Select(d => d.Id).SingleAsync());
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);

        await secretariat.GoToAsync($"/espace/dossiers/{covid}/livrables");
        await page.GetByRole(AriaRole.Region, new() { Name = "Livrables du dossier" }).GetByRole(AriaRole.Link, new() { Name = DossiersDemo.CovidName }).ClickAsync();
        (await page.Locator("h4[id^='preconisation-']").CountAsync()).ShouldBe(12);
        (await page.Locator("#preconisation-12").InnerTextAsync()).ShouldContain("approche interministérielle");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "livrable-covid");

        await page.GetByRole(AriaRole.Link, new() { Name = "Versions et comparaisons" }).ClickAsync();
        await Widths.AssertAccessibleAtBothAsync(secretariat, "livrable-versions");
        // Another journey may have added a version by accepting an amendment: the two demo versions are chosen by number.
        await page.Locator("#de").SelectOptionAsync("1");
        await page.Locator("#a").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Comparer" }).ClickAsync();
        await page.WaitForURLAsync("**/versions/comparer?de=1&a=2");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Préconisation n° 9");
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "n° 1", Exact = true }).ClickAsync();
        await Widths.AssertAccessibleAtBothAsync(secretariat, "livrable-version");
    }

    [Fact]
    public async Task The_rapporteur_accepts_an_amendment_into_a_new_version_and_another_is_proposed()
    {
        var covid = await browser.Server.Database.QueryAsync(db => db.Dossiers.Where(d => d.Name == DossiersDemo.CovidName).Select(d => d.Id).SingleAsync());
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);
        await secretariat.GoToAsync($"/espace/dossiers/{covid}/livrables");
        await page.GetByRole(AriaRole.Region, new() { Name = "Livrables du dossier" }).GetByRole(AriaRole.Link, new() { Name = DossiersDemo.CovidName }).ClickAsync();
        var draft = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Amendements") }).ClickAsync();
        await Widths.AssertAccessibleAtBothAsync(secretariat, "amendements");
        await page.GetByRole(AriaRole.Link, new() { Name = "n° 1", Exact = true }).ClickAsync();
        (await page.Locator(".conseil-diff ins.conseil-added").First.InnerTextAsync()).ShouldContain("charge de travail");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "amendement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter l'amendement tel quel" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'amendement est accepté" }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("(version n° 3)");

        await secretariat.GoToAsync(draft);
        (await page.Locator("#preconisation-6 + .conseil-markdown").InnerTextAsync()).ShouldContain("charge de travail des équipes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Proposer un amendement à la section « Conclusion »" }).ClickAsync();
        await page.Locator("#Input_ProposedText").FillAsync("La crise a révélé la place essentielle du travail social.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer l'amendement" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Justifiez l'amendement");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "amendement-nouveau");
        await page.Locator("#Input_Justification").FillAsync("Plus court.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer l'amendement" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'amendement est proposé" }).WaitForAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Amendement n° 3");
    }
}
