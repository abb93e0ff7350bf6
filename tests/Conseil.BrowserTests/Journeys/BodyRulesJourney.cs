using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed partial class BodyRulesJourney(BrowserFixture browser)
{
    private const string Refusal =
        "La commission permanente compte déjà 12 membres (le maximum fixé) : mettez fin à une participation avant d'en ajouter une.";

    [Fact]
    public async Task A_thirteenth_member_of_the_standing_commission_is_refused_beside_the_person_field()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await SignIn.AsAsync(browser, journey);

        await page.GetByRole(AriaRole.Link, new() { Name = "Instances" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/composition/instances");
        await page.GetByRole(AriaRole.Link, new() { Name = "Commission permanente" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/composition/instance/*");
        await Widths.AssertAccessibleAtBothAsync(journey, "instance-commission-permanente");
        (await page.GetByLabel("Nombre maximal de membres").InputValueAsync()).ShouldBe("12");
        (await page.Locator("#Deliberation_Quorum").InputValueAsync()).ShouldBe("HalfOfMembers");
        (await page.GetByLabel("Procurations détenues au plus par un membre").InputValueAsync()).ShouldBe("1");

        // The demo has 11 members: the 12th joins, whoever runs first among the journeys sharing this server.
        while (await MembersInOfficeAsync(page) < 12)
        {
            await ChooseNewcomerAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le membre a été ajouté." }).WaitForAsync();
        }
        await journey.AssertAccessibleAsync();

        // The 13th, from the keyboard: the button is reached and pressed without the mouse.
        var newcomer = await ChooseNewcomerAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var summary = page.GetByRole(AriaRole.Alert);
        (await summary.InnerTextAsync()).ShouldContain("Le formulaire contient une erreur");
        var person = page.GetByLabel("Personne");
        (await person.GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await person.InputValueAsync()).ShouldBe(newcomer); // the choice is kept
        var describedBy = (await person.GetAttributeAsync("aria-describedby"))!.Split(' ');
        (await page.Locator("#" + describedBy.Last()).InnerTextAsync()).ShouldBe(Refusal);
        (await MembersInOfficeAsync(page)).ShouldBe(12);
        await journey.AssertAccessibleAsync();

        var link = summary.GetByRole(AriaRole.Link, new() { Name = Refusal });
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("Member_PersonId");
    }

    private static async Task<int> MembersInOfficeAsync(IPage page) =>
        int.Parse(MembersLine().Match(await page.Locator("main").InnerTextAsync()).Groups[1].Value);

    /// <summary>Picks someone who is neither a member in office nor the president (who sits ex officio); returns their id.</summary>
    private static async Task<string> ChooseNewcomerAsync(IPage page)
    {
        var value = await page.EvaluateAsync<string>("""
            () => {
              const key = s => s.trim().split(/\s+/).sort().join(' ');
              const members = new Set([...document.querySelectorAll('table tbody tr')]
                .filter(r => r.querySelector('button')).map(r => key(r.querySelector('th').textContent)));
              const president = key('Mathieu Klein');
              return [...document.querySelectorAll('#Member_PersonId option')]
                .find(o => o.value && !members.has(key(o.textContent)) && key(o.textContent) !== president).value;
            }
            """);
        await page.GetByLabel("Personne").SelectOptionAsync(value);
        return value;
    }

    [GeneratedRegex(@"(\d+) membres? en fonction")]
    private static partial Regex MembersLine();
}
