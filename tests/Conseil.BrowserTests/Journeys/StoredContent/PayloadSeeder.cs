using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// Stores every payload in every stored text field, as the secretariat would: the JSON API where there is one,
/// the pages' forms for offices, bodies and accounts. Person i holds seat i (label, organisation, act all payload i) and account i.
/// </summary>
public static class PayloadSeeder
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    /// <summary>The payloads the body's name carries (the other body fields carry them all).</summary>
    public static IReadOnlyList<string> BodyName => [P[7], P[0], P[6]];

    public static async Task<StoredPayloads> SeedAsync(JourneyPage journey)
    {
        var api = new PayloadApi(journey.Page);
        var stored = new StoredPayloads();
        var composition = await api.GetAsync("/api/composition");
        var term = composition.GetProperty("term");
        var college = composition.GetProperty("colleges")[0];
        stored.CollegeId = college.GetProperty("id").GetInt32();
        stored.CollegeNumber = college.GetProperty("number").GetInt32();
        await api.SendAsync("PUT", $"/api/colleges/{stored.CollegeId}/quota",
            new { quota = college.GetProperty("seats").GetArrayLength() + P.Count });

        for (var i = 0; i < P.Count; i++)
        {
            stored.People.Add(await api.CreateAsync("/api/people",
                new { givenName = P[i], familyName = P[i], gender = "Female", email = XssPayloads.AsEmail(P[i]) }));
            var organisation = await api.CreateAsync("/api/organizations", new { acronym = P[i], name = P[i], kind = "NationalAssociation" });
            stored.Organisations.Add(organisation);
            var seat = await api.SendAsync("POST", "/api/seats", new { collegeId = stored.CollegeId, label = P[i], organisationId = organisation });
            stored.Seats.Add(seat.GetProperty("id").GetInt32());
            stored.SeatNumbers.Add(seat.GetProperty("number").GetInt32());
            stored.Terms.Add(await api.CreateAsync("/api/terms", new { name = P[i], startDate = $"{1900 + i}-01-01", endDate = $"{1900 + i}-12-31", appointingAct = P[i] }));
            stored.Mandates.Add(await api.CreateAsync("/api/mandates", new
            {
                seatId = stored.Seats[i], personId = stored.People[i], termId = term.GetProperty("id").GetInt32(), organisationId = organisation,
                role = "FullMember", startDate = term.GetProperty("startDate").GetString(), endDate = term.GetProperty("endDate").GetString(),
                appointingAct = P[i], status = "Active",
            }));
        }
        for (var i = 0; i < P.Count; i++) await AddOfficeAsync(journey, stored.People[i], P[i]);
        for (var i = 0; i < P.Count; i++) stored.Accounts.Add(await InviteAsync(journey, stored.People[i]));
        stored.BodyId = await EditFirstBodyAsync(journey);
        return stored;
    }

    private static async Task AddOfficeAsync(JourneyPage journey, int personId, string note)
    {
        var page = journey.Page;
        await journey.GoToAsync("/espace/composition/fonction");
        await page.Locator("#Input_Kind").SelectOptionAsync(new SelectOptionValue { Label = "Vice-présidence" });
        await page.Locator("#Input_PersonId").SelectOptionAsync(personId.ToString());
        await page.Locator("#Input_StartDate").FillAsync("2023-01-01");
        await page.Locator("#Input_Note").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/composition/fonctions");
    }

    // The account takes the person's name (a payload); its address is plain, as Identity allows no markup in a user
    // name. Its id ends the address of its page.
    private static async Task<string> InviteAsync(JourneyPage journey, int personId)
    {
        var page = journey.Page;
        await journey.GoToAsync("/espace/comptes/inviter");
        await page.Locator("#Input_PersonId").SelectOptionAsync(personId.ToString());
        await page.Locator("#Input_Email").FillAsync($"compte-{personId}@exemple.fr");
        await page.Locator("#Input_Role").SelectOptionAsync(new SelectOptionValue { Label = "Membre" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/espace/comptes/(?!inviter$)[^/]+$"));
        return page.Url.Split('/').Last();
    }

    private static async Task<int> EditFirstBodyAsync(JourneyPage journey)
    {
        var page = journey.Page;
        await journey.GoToAsync("/espace/composition/instances");
        var href = await page.Locator("main a[href^='/espace/composition/instance/']").First.GetAttributeAsync("href");
        await journey.GoToAsync(href!);
        await page.Locator("#Input_Name").FillAsync(string.Join(" ", BodyName));
        await page.Locator("#Input_Description").FillAsync(string.Join("\n", P));
        await page.Locator("#Input_CompositionRule").FillAsync(string.Join("\n\n", P));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'instance a été modifiée." }).WaitForAsync();
        return int.Parse(href!.Split('/').Last());
    }
}
