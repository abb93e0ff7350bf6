using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// The payloads stored through the programme's and the referrals' forms, as the secretariat types them: programme i
/// (adopted, so the public page shows it), its axis and its work item carry payload i; dossier i carries it in its
/// name, summary, question, theme and in the comment of its first move.
/// </summary>
public static partial class ProgrammeAndDossierPayloads
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    public sealed record Stored(IReadOnlyList<int> Programmes, IReadOnlyList<int> Axes, IReadOnlyList<int> Items, IReadOnlyList<int> Dossiers);

    public static async Task<Stored> SeedAsync(JourneyPage journey)
    {
        var (programmes, axes, items, dossiers) = (new List<int>(), new List<int>(), new List<int>(), new List<int>());
        for (var i = 0; i < P.Count; i++)
        {
            var (programme, axis, item) = await ProgrammeAsync(journey, P[i], 2100 + 2 * i);
            programmes.Add(programme);
            axes.Add(axis);
            items.Add(item);
            dossiers.Add(await DossierAsync(journey, P[i]));
        }
        return new Stored(programmes, axes, items, dossiers);
    }

    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(Stored stored)
    {
        yield return ("/programme", P);
        yield return ("/espace/dossiers?Etat=tous", P);
        yield return ("/api/dossiers", P);
        for (var i = 0; i < P.Count; i++)
        {
            IReadOnlyList<string> one = [P[i]];
            yield return ($"/espace/programme?programme={stored.Programmes[i]}", one);
            yield return ($"/espace/programme/edition/{stored.Programmes[i]}", one);
            yield return ($"/espace/programme/axe/{stored.Axes[i]}", one);
            yield return ($"/espace/programme/chantier/{stored.Items[i]}", one);
            yield return ($"/espace/dossiers/{stored.Dossiers[i]}", one);
            yield return ($"/espace/dossiers/{stored.Dossiers[i]}/saisine", one);
            yield return ($"/espace/dossiers/{stored.Dossiers[i]}/etat", one);
            yield return ($"/api/dossiers/{stored.Dossiers[i]}", one);
        }
    }

    private static async Task<(int Programme, int Axis, int Item)> ProgrammeAsync(JourneyPage journey, string payload, int year)
    {
        var page = journey.Page;
        await journey.GoToAsync("/espace/programme/edition");
        await page.Locator("#Input_Name").FillAsync(payload);
        await page.Locator("#Input_StartDate").FillAsync($"{year}-01-01");
        await page.Locator("#Input_EndDate").FillAsync($"{year + 1}-12-31");
        await page.Locator("#Input_AdoptedOn").FillAsync("2019-11-18");
        await page.Locator("#Input_Introduction").FillAsync(payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/espace/programme\?programme=\d+$"));
        var programme = int.Parse(page.Url.Split('=').Last());

        await journey.GoToAsync($"/espace/programme/axe?programme={programme}");
        await page.Locator("#Input_Name").FillAsync(payload);
        await page.Locator("#Input_Description").FillAsync(payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/programme?programme={programme}");
        var axis = Id(await page.Locator("main a[href^='/espace/programme/axe/']").First.GetAttributeAsync("href"));

        await journey.GoToAsync($"/espace/programme/chantier?axe={axis}");
        await page.Locator("#Input_Name").FillAsync(payload);
        await page.Locator("#Input_PlannedOn").FillAsync($"{year}-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/programme?programme={programme}");
        var item = Id(await page.Locator("main a[href^='/espace/programme/chantier/']").First.GetAttributeAsync("href"));
        return (programme, axis, item);
    }

    private static async Task<int> DossierAsync(JourneyPage journey, string payload)
    {
        var page = journey.Page;
        await journey.GoToAsync("/espace/dossiers/nouveau");
        await page.Locator("#Input_Name").FillAsync(payload);
        await page.Locator("#Input_ReceivedOn").FillAsync("2026-01-05");
        await page.Locator("label", new() { HasText = "Ministère des Solidarités et de la Santé" }).ClickAsync();
        await page.GetByLabel("Question n° 1").FillAsync(payload);
        await page.GetByLabel("Thème n° 1").FillAsync(payload);
        await page.Locator("#Input_Summary").FillAsync(payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(DossierPage());
        var dossier = Id(page.Url);

        await journey.GoToAsync($"/espace/dossiers/{dossier}/etat");
        await page.Locator("#Input_Comment").FillAsync(payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le changement d'état" }).ClickAsync();
        await page.WaitForURLAsync(DossierPage());
        return dossier;
    }

    private static int Id(string? href) => int.Parse(href!.Split('/').Last());

    [GeneratedRegex(@"/espace/dossiers/\d+$")]
    private static partial Regex DossierPage();
}
