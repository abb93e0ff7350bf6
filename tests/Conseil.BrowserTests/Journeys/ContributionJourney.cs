using Conseil.BrowserTests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// A volunteer sends a contribution through the public form with a phone number in it: it is held back, the working
/// group does not see it; the secretariat redacts the number and accepts it; the group then reads the redacted text.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class ContributionJourney(BrowserFixture browser)
{
    private const string Title = "Accompagner les jeunes majeurs à Quimper";
    private const string Phone = "06 12 34 56 78";
    private const string Said = "Au foyer, les éducateurs gardent le lien avec les jeunes après leurs 18 ans grâce à un contrat d'accueil provisoire.";

    [Fact]
    public async Task A_public_contribution_with_a_phone_number_is_held_redacted_by_the_secretariat_and_read_by_the_group_without_it()
    {
        var late = await browser.Server.Database.QueryAsync(db => db.Dossiers.Where(d => d.Name == DossiersDemo.LateName).Select(d => d.Id).SingleAsync());
        await browser.Server.Database.JoinGroupAsync(late, "Groupe du parcours « contribution »");

        await using (var visitor = await browser.OpenAsync())
        {
            var form = visitor.Page;
            await visitor.GoToAsync("/");
            await form.GetByRole(AriaRole.Link, new() { Name = "Contribuer à ses travaux" }).ClickAsync();
            await form.WaitForURLAsync("**/contribuer");
            (await form.Locator("main").InnerTextAsync()).ShouldContain("N'écrivez rien qui permette de reconnaître les personnes que vous accompagnez");
            await form.Locator("label", new() { HasText = DossiersDemo.LateName }).ClickAsync();
            await form.Locator("#qualite-Volunteer").TickAsync();
            await form.Locator("#Input_AuthorName").FillAsync("Gaëlle Le Goff");
            await form.Locator("#Input_Title").FillAsync(Title);
            await form.Locator("#Input_Text").FillAsync($"{Said} Vous pouvez me joindre au {Phone} pour en parler.");
            await form.GetByRole(AriaRole.Button, new() { Name = "Envoyer la contribution" }).ClickAsync();
            (await form.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Cochez la case pour donner votre accord");
            (await form.Locator("#Input_Title").InputValueAsync()).ShouldBe(Title);
            await Widths.AssertAccessibleAtBothAsync(visitor, "contribuer-erreur");
            await form.Locator("#accord").TickAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Envoyer la contribution" }).ClickAsync();
            await form.WaitForURLAsync("**/contribuer/merci");
            var thanks = await form.Locator("main").InnerTextAsync();
            thanks.ShouldContain("Numéro de dépôt : HCTS-");
            thanks.ShouldContain("le secrétariat les masquera avant de transmettre votre contribution");
            await visitor.AssertAccessibleAsync();
        }

        await using var member = await browser.OpenAsync();
        await SignIn.SubmitPasswordAsync(member, DemoContent.MemberEmail, SignIn.Password);
        await member.Page.WaitForURLAsync("**/espace");
        await member.GoToAsync($"/espace/dossiers/{late}/contributions");
        (await member.Page.Locator("main").InnerTextAsync()).ShouldNotContain(Title);

        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);
        await secretariat.GoToAsync("/espace/contributions");
        var row = page.Locator("tr").Filter(new() { HasText = Title });
        (await row.InnerTextAsync()).ShouldContain("1 numéro de téléphone");
        await row.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        (await page.Locator("mark").AllInnerTextsAsync()).ShouldContain(m => m.EndsWith(Phone, StringComparison.Ordinal));
        await Widths.AssertAccessibleAtBothAsync(secretariat, "contribution-retenue");
        await page.Locator("#Redaction_Text").FillAsync($"{Said} Vous pouvez me joindre au [numéro masqué] pour en parler.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le texte à partager" }).ClickAsync();
        await page.GetByRole(AriaRole.Term).Filter(new() { HasText = "Texte à partager enregistré le" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter la contribution" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Les contributions du dossier, telles que le groupe de travail les lit" }).WaitForAsync();

        await member.GoToAsync($"/espace/dossiers/{late}/contributions");
        await member.Page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        var read = await member.Page.Locator("main").InnerTextAsync();
        read.ShouldContain(Said);
        read.ShouldContain("[numéro masqué]");
        read.ShouldNotContain(Phone);
        read.ShouldNotContain("Gaëlle Le Goff");
        await Widths.AssertAccessibleAtBothAsync(member, "contribution-groupe");
    }
}
