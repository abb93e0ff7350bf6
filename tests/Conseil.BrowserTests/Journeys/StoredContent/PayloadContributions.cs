using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// A contribution's text fields, stored as their authors type them: the secretariat opens a call on dossier 0 of
/// <see cref="ProgrammeAndDossierPayloads"/> (its presentation); a visitor sends a contribution through the public form
/// (name, organisation, address, title, text, an attachment's file name) with a phone number, so it is held; the
/// secretariat redacts it (title, shared text), releases the attachment and accepts it.
/// </summary>
public static partial class PayloadContributions
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    public sealed record Seeded(int DossierId, int ContributionId);

    public static async Task<Seeded> SeedAsync(BrowserFixture browser, JourneyPage secretariat, int dossier)
    {
        var page = secretariat.Page;
        await secretariat.GoToAsync("/espace/contributions/appels");
        await page.Locator("#Input_Target").SelectOptionAsync($"dossier-{dossier}");
        await page.Locator("#Input_Invitation").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir l'appel" }).ClickAsync();
        await page.Locator("li", new() { HasText = P[5] }).WaitForAsync();

        await using (var visitor = await browser.OpenAsync())
        {
            var form = visitor.Page;
            await visitor.GoToAsync("/contribuer");
            var call = await browser.Server.Database.QueryAsync(db => db.ContributionCalls.Where(c => c.DossierId == dossier).Select(c => c.Id).SingleAsync());
            await form.Locator($"#appel-{call}").TickAsync();
            await form.Locator("#qualite-MemberOrganisation").TickAsync();
            await form.Locator("#Input_AuthorName").FillAsync(PayloadDossierWork.Name);
            await form.Locator("#Input_OrganisationName").FillAsync(PayloadGroups.Title);
            await form.Locator("#Input_Email").FillAsync(Email);
            await form.Locator("#Input_Title").FillAsync(PayloadGroups.Title);
            await form.Locator("#Input_Text").FillAsync(PayloadGroups.Text + "\nJoignable au 06 12 34 56 78.");
            await form.Locator("#Input_Attachment1").SetInputFilesAsync(PayloadDossierWork.Pdf(PayloadDossierWork.FileNames[2]));
            await form.Locator("#accord").TickAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Envoyer la contribution" }).ClickAsync();
            await form.WaitForURLAsync("**/contribuer/merci");
        }

        await secretariat.GoToAsync("/espace/contributions");
        await page.GetByRole(AriaRole.Link, new() { Name = PayloadGroups.Title }).First.ClickAsync();
        await page.WaitForURLAsync(ContributionPage());
        var contribution = int.Parse(page.Url.Split('/').Last());
        await page.Locator("#Redaction_Title").FillAsync(PayloadGroups.Title);
        await page.Locator("#Redaction_Text").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le texte à partager" }).ClickAsync();
        await page.GetByRole(AriaRole.Term).Filter(new() { HasText = "Texte à partager enregistré le" }).WaitForAsync();
        if (await page.Locator("input[name='Attachment.Checked']").CountAsync() > 0)
            await page.Locator("input[name='Attachment.Checked']").First.TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Transmettre au groupe" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La pièce jointe est transmise" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter la contribution" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Les contributions du dossier, telles que le groupe de travail les lit" }).WaitForAsync();
        return new Seeded(dossier, contribution);
    }

    /// <summary>The address the e-mail check accepts, carrying payload 2.</summary>
    public static string Email => XssPayloads.AsEmail(P[2]);

    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(Seeded seeded)
    {
        var shared = $"/espace/dossiers/{seeded.DossierId}/contributions";
        yield return ("/contribuer", P);
        yield return ("/espace/contributions", [PayloadGroups.Title]);
        yield return ("/espace/contributions/appels", P);
        yield return (shared, [PayloadGroups.Title]);
        yield return ($"{shared}/{seeded.ContributionId}",
            [.. P, PayloadGroups.Title, PayloadDossierWork.Name, Email, PayloadDossierWork.FileNames[2]]);
    }

    [GeneratedRegex(@"/espace/dossiers/\d+/contributions/\d+$")]
    private static partial Regex ContributionPage();
}
