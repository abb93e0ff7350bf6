using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// A public meeting's text fields, stored through its pages as the secretariat types them: its place and its
/// video link (an address the check accepts, carrying the payloads in its query), an agenda item's title and presentation.
/// </summary>
public static partial class PayloadMeetings
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    public static string Link => "https://webconf.exemple.fr/salle?" + string.Join("&", P.Take(3));

    public static async Task<int> SeedAsync(JourneyPage secretariat)
    {
        var page = secretariat.Page;
        await secretariat.GoToAsync("/espace/seances/nouvelle");
        await page.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Index = 1 }); // 0 is « — Choisir — »
        await page.Locator("#Input_Date").FillAsync("2099-06-15");
        await page.Locator("#Input_Mode").SelectOptionAsync("Hybrid");
        await page.Locator("#Input_Place").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_VideoLink").FillAsync(Link);
        await page.Locator("#Input_IsPublic").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer la séance" }).ClickAsync();
        await page.WaitForURLAsync(MeetingPage());
        var meeting = int.Parse(page.Url.Split('/').Last());

        await page.Locator("#Item_Title").FillAsync(PayloadGroups.Title);
        await page.Locator("#Item_Description").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'ordre du jour" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le point est ajouté" }).WaitForAsync();
        return meeting;
    }

    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(int meeting)
    {
        yield return ("/espace/seances", [PayloadGroups.Title]);
        yield return ($"/espace/seances/{meeting}", [.. P, PayloadGroups.Title, Link]);
        yield return ($"/espace/seances/{meeting}/presences", []);
        yield return ("/seances", [PayloadGroups.Title]);
    }

    [GeneratedRegex(@"/espace/seances/\d+$")]
    private static partial Regex MeetingPage();
}
