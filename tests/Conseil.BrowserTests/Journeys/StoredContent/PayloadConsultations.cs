using Conseil.BrowserTests.Support;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Written;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// A written procedure's object and proposal, typed by the secretariat on its page; one member's personal link is given a
/// secret known here (the e-mailed ones are nobody's), to visit the page where they vote.
/// </summary>
public static class PayloadConsultations
{
    public sealed record Seeded(int Id, string Token);

    /// <summary>Within the object's 200 characters; the proposal carries every payload.</summary>
    private static string Title => string.Join(" ", XssPayloads.All.Take(3));

    public static async Task<Seeded> SeedAsync(BrowserFixture browser, JourneyPage secretariat)
    {
        var page = secretariat.Page;
        await secretariat.GoToAsync(MeetingPaths.Consultations);
        // The first body (the sweep renamed them all), the plenary; index 0 is the placeholder.
        await page.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_Title").FillAsync(Title);
        await page.Locator("#Input_Proposal").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la consultation et envoyer les liens" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La consultation est ouverte" }).WaitForAsync();
        var id = int.Parse(page.Url.Split('/').Last());
        var token = LinkTokens.New();
        await browser.Server.Database.QueryAsync(async db =>
        {
            var ballot = await db.Set<WrittenBallot>().OrderBy(b => b.Id).FirstAsync(b => b.WrittenConsultationId == id);
            ballot.TokenHash = LinkTokens.Hash(token);
            return await db.SaveChangesAsync();
        });
        return new Seeded(id, token);
    }

    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(Seeded seeded)
    {
        yield return (MeetingPaths.Consultations, [Title]);
        yield return (MeetingPaths.Consultation(seeded.Id), [.. XssPayloads.All, Title]);
        yield return (MeetingPaths.WrittenBallot(seeded.Token), [.. XssPayloads.All, Title]);
    }
}
