using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Minutes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// A public meeting's text fields, stored through its pages as the secretariat types them: its place and its
/// video link (an address the check accepts, carrying the payloads in its query), an agenda item's title and presentation,
/// and its minutes: the opening, the summary of the item's debate, and a member's remark once circulated.
/// </summary>
public static partial class PayloadMeetings
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    public static string Link => "https://webconf.exemple.fr/salle?" + string.Join("&", P.Take(3));

    public static async Task<int> SeedAsync(BrowserFixture browser, JourneyPage secretariat)
    {
        var page = secretariat.Page;
        await secretariat.GoToAsync("/espace/seances/nouvelle");
        // The first body (the sweep renamed them all); index 0 is the placeholder.
        await page.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
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

        // Its minutes, once held (recorded straight in the database: the quorum of the body does not matter here).
        await browser.Server.Database.QueryAsync(async db =>
        {
            (await db.Meetings.SingleAsync(m => m.Id == meeting)).Status = MeetingStatus.Held;
            return await db.SaveChangesAsync();
        });
        await secretariat.GoToAsync(MeetingPaths.Minutes(meeting));
        await page.Locator("#Draft_Opening").FillAsync(PayloadGroups.Text);
        await page.Locator("#Draft_Entries_0__Debate").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le projet" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le projet de procès-verbal est enregistré." }).WaitForAsync();

        // Circulated, it receives a member's remark (typed by a member convened; written here straight, its author whoever).
        await page.GetByRole(AriaRole.Button, new() { Name = "Diffuser aux membres" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le procès-verbal est diffusé" }).WaitForAsync();
        await browser.Server.Database.QueryAsync(async db =>
        {
            var minutes = await db.Set<MeetingMinutes>().SingleAsync(m => m.MeetingId == meeting);
            db.Add(new MinutesRemark
            {
                MeetingMinutesId = minutes.Id, PersonId = await db.People.Select(p => p.Id).FirstAsync(), Text = PayloadGroups.Text, MadeAt = DateTime.UnixEpoch,
            });
            return await db.SaveChangesAsync();
        });
        return meeting;
    }

    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(int meeting)
    {
        yield return ("/espace/seances", [PayloadGroups.Title]);
        yield return ($"/espace/seances/{meeting}", [.. P, PayloadGroups.Title, Link]);
        yield return ($"/espace/seances/{meeting}/presences", []);
        yield return (MeetingPaths.Minutes(meeting), [.. P, PayloadGroups.Title]);
        yield return ("/seances", [PayloadGroups.Title]);
    }

    [GeneratedRegex(@"/espace/seances/\d+$")]
    private static partial Regex MeetingPage();
}
