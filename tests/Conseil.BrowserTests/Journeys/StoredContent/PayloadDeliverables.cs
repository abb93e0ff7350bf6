using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// A deliverable of the journey's dossier, typed by the secretariat through its pages: its title, presentation and
/// easy-to-read version, a chapter, a theme, a recommendation, and two versions with notes. The Markdown fields also
/// carry what Markdown itself could turn into a script, a frame or a tracking image (links to javascript: and data:,
/// images); those render as plain text, so only the payloads the page shows verbatim are expected.
/// </summary>
public static class PayloadDeliverables
{
    public sealed record Seeded(string Deliverable, int Section, int Recommendation, string Amendment);

    private static readonly string[] Markdown =
    [
        "[x](javascript:window.__xss=1)", "[x](data:text/html,<script>window.__xss=1</script>)",
        "![x](data:image/svg+xml,<svg onload=window.__xss=1>)", "<javascript:window.__xss=1>", "[x](\"onmouseover=window.__xss=1)",
    ];

    private static string Text => PayloadGroups.Text + "\n\n" + string.Join("\n\n", Markdown);

    public static async Task<Seeded> SeedAsync(JourneyPage journey, int dossier)
    {
        var page = journey.Page;
        await journey.GoToAsync($"/espace/dossiers/{dossier}/livrables");
        await page.Locator("#Input_Kind").SelectOptionAsync("WhitePaper");
        await page.Locator("#Input_Title").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_Summary").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Commencer la rédaction" }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/dossiers/{dossier}/livrables/*");
        var deliverable = new Uri(page.Url).AbsolutePath;

        await journey.GoToAsync(deliverable + "/description");
        await page.Locator("#Input_EasyRead").FillAsync(Text);
        await Save(page, "La description du livrable est enregistrée");

        await journey.GoToAsync(deliverable + "/sections/nouvelle");
        await page.Locator("#Input_Title").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_Text").FillAsync(Text);
        await Save(page, "est ajouté à la fin du texte");
        var section = int.Parse((await page.Locator(".conseil-section [id^='section-']").First.GetAttributeAsync("id"))!.Split('-')[1]);

        await page.Locator("#NewTheme_Title").FillAsync(PayloadGroups.Title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le thème" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le thème est ajouté" }).WaitForAsync();

        await journey.GoToAsync(deliverable + "/preconisations/nouvelle");
        await page.Locator("#Input_Title").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_Text").FillAsync(Text);
        await page.Locator("input[name='Input.HearingIds']").First.TickAsync();
        await Save(page, "La préconisation est ajoutée");
        var recommendation = int.Parse((await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Modifier la préconisation n° 1") }).GetAttributeAsync("href"))!.Split('/').Last());

        foreach (var change in new[] { "", " (2)" })
        {
            if (change.Length > 0)
            {
                await journey.GoToAsync($"{deliverable}/sections/{section}");
                await page.Locator("#Input_Text").FillAsync(Text + change);
                await Save(page, "est enregistré");
            }
            await page.Locator("#NewVersion_Note").FillAsync(PayloadGroups.Title);
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer une version" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La version est enregistrée" }).WaitForAsync();
        }

        // An amendment to the chapter (its target names the chapter, its original text is the chapter's), rejected with a reason.
        await journey.GoToAsync($"{deliverable}/amendements/nouveau?section={section}");
        await page.Locator("#Input_ProposedText").FillAsync(Text + " (amendé)");
        await page.Locator("#Input_Justification").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer l'amendement" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'amendement est proposé" }).WaitForAsync();
        var amendment = new Uri(page.Url).AbsolutePath;
        await page.Locator("#Rejection_Reason").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejeter l'amendement" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'amendement est rejeté" }).WaitForAsync();
        return new Seeded(deliverable, section, recommendation, amendment);
    }

    private static async Task Save(IPage page, string done)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = done }).WaitForAsync();
    }

    /// <summary>The pages of the deliverable, with the payloads each must show as text.</summary>
    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(Seeded seeded, int dossier)
    {
        IReadOnlyList<string> title = [PayloadGroups.Title];
        IReadOnlyList<string> all = [.. XssPayloads.All, PayloadGroups.Title];
        var d = seeded.Deliverable;
        yield return ($"/espace/dossiers/{dossier}/livrables", title);
        yield return (d, all);
        yield return (d + "/description", title);
        yield return ($"{d}/sections/{seeded.Section}", title);
        yield return ($"{d}/preconisations/{seeded.Recommendation}", title);
        yield return (d + "/versions", title);
        yield return (d + "/versions/1", all);
        yield return (d + "/versions/comparer?de=1&a=2", title);
        yield return (d + "/amendements", title);
        yield return (seeded.Amendment, all);
    }
}
