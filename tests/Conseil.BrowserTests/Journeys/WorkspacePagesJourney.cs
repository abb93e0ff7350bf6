using Conseil.BrowserTests.Support;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class WorkspacePagesJourney(BrowserFixture browser)
{
    private static readonly string[] Pages =
    [
        "/espace/composition/personnes", "/espace/composition/personne",
        "/espace/composition/organismes", "/espace/composition/organisme",
        "/espace/composition/colleges",
        "/espace/composition/mandatures", "/espace/composition/mandature",
        "/espace/composition/fonctions", "/espace/composition/fonction",
        "/espace/composition/instances",
        "/espace/composition/mandat", "/espace/journal", "/compte",
        "/espace/rgpd", "/espace/rgpd/personnes/1", "/espace/rgpd/personnes/1/export", "/espace/courriels",
        "/espace/comptes", "/espace/comptes/inviter", "/compte/codes-de-secours", "/compte/double-authentification/reinitialiser",
    ];

    // Lists whose first item's page is visited too: its editor, or the college's and the body's own page.
    private static readonly (string List, string Item)[] FirstItems =
    [
        ("/espace/composition/personnes", "/espace/composition/personne/"),
        ("/espace/composition/organismes", "/espace/composition/organisme/"),
        ("/espace/composition/colleges", "/espace/composition/college/"),
        ("/espace/composition/mandatures", "/espace/composition/mandature/"),
        ("/espace/composition/fonctions", "/espace/composition/fonction/"),
        ("/espace/composition/instances", "/espace/composition/instance/"),
    ];

    [Fact]
    public async Task Every_workspace_page_answers_and_passes_axe_for_the_secretariat()
    {
        await using var journey = await browser.OpenAsync();
        await SignIn.AsAsync(browser, journey);

        var addresses = Pages.ToList();
        foreach (var (list, item) in FirstItems)
        {
            await journey.GoToAsync(list);
            addresses.Add(await journey.Page.Locator($"main a[href^='{item}']").First.GetAttributeAsync("href") ?? "");
        }

        var problems = new List<string>();
        foreach (var address in addresses)
        {
            var status = (await journey.GoToAsync(address)).Status;
            if (status != 200) problems.Add($"{address} : HTTP {status}");
            problems.AddRange((await Axe.RunAsync(journey.Page)).Select(v => $"{address} : {v}"));
        }
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }
}
