using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class EditMandateJourney(BrowserFixture browser)
{
    // A mandate of the past term: ending it early leaves the current composition (and its vacant seats) unchanged.
    private const string PastTerm = "Mandature 2020–2021";

    [Fact]
    public async Task End_date_before_start_is_refused_next_to_the_field_then_a_resignation_is_saved_and_logged()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await SignIn.AsAsync(browser, journey);

        await page.GetByRole(AriaRole.Link, new() { Name = "Collèges et sièges" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/composition/colleges");
        await journey.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gérer le collège 1" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/composition/college/*");
        await journey.AssertAccessibleAsync();
        await page.Locator("main a[href^='/espace/composition/siege/']").First.ClickAsync();
        await page.WaitForURLAsync("**/espace/composition/siege/*");
        var seatPage = page.Url;
        await journey.AssertAccessibleAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Mandature 2022–2027" }).CountAsync()).ShouldBe(1);
        var pastMandates = page.GetByRole(AriaRole.Table, new() { Name = "Mandats de la " + PastTerm.ToLowerInvariant() });
        var person = await pastMandates.Locator("tbody th").First.InnerTextAsync();
        await pastMandates.GetByRole(AriaRole.Link, new() { Name = "Modifier" }).First.ClickAsync();

        await page.WaitForURLAsync("**/espace/composition/mandat/*");
        await journey.AssertAccessibleAsync();
        (await page.GetByLabel("Date de début").InputValueAsync()).ShouldBe("2020-02-06");
        await page.GetByLabel("Date de fin").FillAsync("2020-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        (await summary.InnerTextAsync()).ShouldContain("Le formulaire contient une erreur");
        var endDate = page.GetByLabel("Date de fin");
        (await endDate.InputValueAsync()).ShouldBe("2020-01-31");
        (await endDate.GetAttributeAsync("aria-invalid")).ShouldBe("true");
        var describedBy = (await endDate.GetAttributeAsync("aria-describedby"))!.Split(' ');
        var message = await page.Locator("#" + describedBy.Last()).InnerTextAsync();
        message.ShouldBe("La date de fin doit être postérieure ou égale à la date de début.");
        await journey.AssertAccessibleAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = message }).ClickAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("Input_EndDate");

        await page.GetByLabel("Statut").SelectOptionAsync(new SelectOptionValue { Label = "Démission" });
        await endDate.FillAsync("2021-03-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        // The redirect keeps the fragment the error summary's link added.
        await page.WaitForURLAsync(url => url.Split('#')[0] == seatPage);
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Le mandat a été modifié.");
        var row = pastMandates.GetByRole(AriaRole.Row).Filter(new() { HasText = person });
        (await row.InnerTextAsync()).ShouldContain("au 31/03/2021");
        (await row.InnerTextAsync()).ShouldContain("Démission");
        await journey.AssertAccessibleAsync();

        await journey.GoToAsync("/espace/journal");
        var latest = page.Locator("tbody tr").First;
        (await latest.InnerTextAsync()).ShouldContain(SignIn.Secretariat);
        (await latest.InnerTextAsync()).ShouldContain("31 mars 2021");
        await journey.AssertAccessibleAsync();
    }
}
