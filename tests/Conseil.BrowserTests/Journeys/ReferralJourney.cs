using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The secretariat records a referral as it arrives, accepts it, opens its examination and its drafting; a move the
/// state machine does not allow is refused beside the field, in words that say what is possible.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class ReferralJourney(BrowserFixture browser)
{
    private const string Name = "Saisine d'essai : l'accueil social inconditionnel de proximité";

    [Fact]
    public async Task A_referral_goes_from_receipt_to_drafting_and_a_refused_move_is_explained()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await SignIn.AsAsync(browser, journey);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dossiers et saisines" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/dossiers");
        var table = page.GetByRole(AriaRole.Table);
        (await table.InnerTextAsync()).ShouldContain("En retard de");
        (await table.InnerTextAsync()).ShouldContain("Échéance dans");
        await Widths.AssertAccessibleAtBothAsync(journey, "dossiers-tableau-de-bord");

        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer une saisine" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/dossiers/nouveau");
        await journey.AssertAccessibleAsync();
        await page.GetByLabel("Intitulé du dossier").FillAsync(Name);
        await page.GetByLabel("Nature de la saisine").SelectOptionAsync(new SelectOptionValue { Label = "Saisine interministérielle" });
        await page.GetByLabel("Reçue le").FillAsync("2026-09-14");
        await page.GetByLabel("Échéance de remise").FillAsync("2027-06-30");
        // The DSFR draws the box over its label: a person clicks the label.
        await page.Locator("label", new() { HasText = "Ministère des Solidarités et de la Santé" }).ClickAsync();
        await page.Locator("label", new() { HasText = "Ministère du Travail, de l'Emploi et de l'Insertion" }).ClickAsync();
        (await page.GetByLabel("Ministère des Solidarités et de la Santé").IsCheckedAsync()).ShouldBeTrue();
        await page.GetByLabel("Question n° 1").FillAsync("Comment garantir un premier accueil social inconditionnel dans chaque territoire ?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter une question" }).ClickAsync();
        await page.GetByLabel("Question n° 2").FillAsync("Quelles coopérations entre les acteurs de l'accueil faut-il encourager ?");
        (await page.GetByLabel("Question n° 1").InputValueAsync()).ShouldStartWith("Comment garantir");
        await page.GetByLabel("Thème n° 1").FillAsync("L'organisation territoriale de l'accueil");
        await Widths.AssertAccessibleAtBothAsync(journey, "saisine-formulaire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/espace/dossiers/\d+$"));
        var dossierPage = page.Url;
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("le dossier est à l'état « Reçu »");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe(Name);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Quelles coopérations entre les acteurs de l'accueil faut-il encourager ?");
        await journey.AssertAccessibleAsync();

        await MoveAsync(journey, "Accepté", dossierPage);
        await page.GetByRole(AriaRole.Link, new() { Name = "Changer l'état" }).ClickAsync();
        await page.WaitForURLAsync("**/etat");
        await page.GetByLabel("Nouvel état").SelectOptionAsync(new SelectOptionValue { Label = "Adopté" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le changement d'état" }).ClickAsync();
        const string refusal = "Un dossier à l'état « Accepté » ne peut pas passer à l'état « Adopté » : il peut seulement passer à l'état « En instruction ».";
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain(refusal);
        var field = page.GetByLabel("Nouvel état");
        (await field.GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await page.Locator("#" + (await field.GetAttributeAsync("aria-describedby"))!.Split(' ').Last()).InnerTextAsync()).ShouldBe(refusal);
        await Widths.AssertAccessibleAtBothAsync(journey, "dossier-changement-refuse");
        await page.GetByRole(AriaRole.Link, new() { Name = "Annuler" }).ClickAsync();
        await page.WaitForURLAsync(dossierPage);

        await MoveAsync(journey, "En instruction", dossierPage);
        await MoveAsync(journey, "En rédaction", dossierPage);
        var timeline = await page.Locator("main").InnerTextAsync();
        timeline.ShouldContain("Passage à l'état « En rédaction »");
        timeline.ShouldContain("Enregistré par " + "Secrétariat de démonstration");
        await Widths.AssertAccessibleAtBothAsync(journey, "dossier-en-redaction");
    }

    private static async Task MoveAsync(JourneyPage journey, string state, string dossierPage)
    {
        var page = journey.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Changer l'état" }).ClickAsync();
        await page.WaitForURLAsync("**/etat");
        await journey.AssertAccessibleAsync();
        await page.GetByLabel("Nouvel état").SelectOptionAsync(new SelectOptionValue { Label = state });
        await page.GetByLabel("Commentaire").FillAsync($"Passage à « {state} » enregistré par le parcours.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le changement d'état" }).ClickAsync();
        await page.WaitForURLAsync(dossierPage);
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain($"Le dossier est passé à l'état « {state} ».");
    }
}
