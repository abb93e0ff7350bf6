using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The secretariat convenes a plenary and composes its agenda, records attendance on the sheet with a proxy, finds the
/// quorum not met, records the meeting postponed and convenes it a second time with the same agenda; the agenda and
/// the sheet are worked with the keyboard.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class MeetingJourney(BrowserFixture browser)
{
    [Fact]
    public async Task A_plenary_is_convened_its_attendance_recorded_with_a_proxy_and_without_quorum_convened_again()
    {
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);

        await page.GetByRole(AriaRole.Link, new() { Name = "Séances" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/seances");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Assemblée plénière");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "seances");

        await page.GetByRole(AriaRole.Link, new() { Name = "Programmer une séance" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/seances/nouvelle");
        await page.Locator("#Input_Mode").SelectOptionAsync(new SelectOptionValue { Label = "Sur place et à distance" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer la séance" }).ClickAsync();
        var errors = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        errors.ShouldContain("Indiquez la date de la séance.");
        errors.ShouldContain("Choisissez l'instance qui se réunit.");
        await secretariat.AssertAccessibleAsync();
        await page.Locator("#Input_BodyId").SelectOptionAsync(new SelectOptionValue { Label = "Assemblée plénière" });
        await page.Locator("#Input_Date").FillAsync("2027-02-03");
        await page.Locator("#Input_Place").FillAsync("Ministère des Solidarités, salle Laroque");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer la séance" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Indiquez le lien de la visioconférence.");
        await page.Locator("#Input_VideoLink").FillAsync("https://webconf.numerique.gouv.fr/hcts-fevrier");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer la séance" }).ClickAsync();
        await page.WaitForURLAsync(MeetingPage());
        var meetingUrl = page.Url;
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Assemblée plénière, 3 février 2027");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Mercredi 3 février 2027, de 14 h 00 à 17 h 00 (heure de Paris)");

        // The agenda, typed and sent with the keyboard only.
        await page.Locator("#Item_Title").FocusAsync();
        await page.Keyboard.TypeAsync("Avis sur la formation des travailleurs sociaux");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("End"); // Nature: the last choice, « Vote »
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'ordre du jour" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le point est ajouté à l'ordre du jour." }).WaitForAsync();
        await page.Locator("#Item_Title").FillAsync("Questions diverses");
        await page.Locator("#Item_Kind").SelectOptionAsync("Information");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'ordre du jour" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Monter le point 2 : Questions diverses" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Le point est remonté" }).WaitForAsync();
        (await page.Locator("ol.conseil-agenda > li .fr-text--bold").AllInnerTextsAsync())
            .ShouldBe(["Questions diverses", "Avis sur la formation des travailleurs sociaux"]);
        await Widths.AssertAccessibleAtBothAsync(secretariat, "seance");

        await page.GetByRole(AriaRole.Link, new() { Name = "Feuille d'émargement" }).ClickAsync();
        await page.WaitForURLAsync("**/presences");
        var presences = page.Locator("select[id$='__Presence']");
        (await presences.CountAsync()).ShouldBeGreaterThan(30);
        var first = (await page.Locator("tbody th[scope=row]").First.InnerTextAsync()).Trim();
        await presences.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown"); // « Présent »
        await presences.Nth(1).SelectOptionAsync("Represented");
        await page.Locator("select[id$='__ProxyHolderId']").Nth(2).SelectOptionAsync(new SelectOptionValue { Index = 1 }); // someone else's proxy, to the first
        await presences.Nth(2).SelectOptionAsync("Excused");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la feuille d'émargement" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("n'est pas indiqué comme représenté");
        await secretariat.AssertAccessibleAsync();

        await page.Locator("select[id$='__ProxyHolderId']").Nth(2).SelectOptionAsync("");
        await page.Locator("select[id$='__ProxyHolderId']").Nth(1).SelectOptionAsync(new SelectOptionValue { Label = first });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la feuille d'émargement" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La feuille d'émargement est enregistrée." }).WaitForAsync();
        (await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Quorum non atteint" }).InnerTextAsync())
            .ShouldContain("2 membres présents ou représentés");
        await Widths.AssertAccessibleAtBothAsync(secretariat, "seance-emargement");

        await secretariat.GoToAsync(new Uri(meetingUrl).AbsolutePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Constater l'absence de quorum : séance reportée" }).ClickAsync();
        await page.GetByText("Reportée faute de quorum", new() { Exact = true }).First.WaitForAsync();
        await page.Locator("#Again_Date").FillAsync("2027-02-17");
        await page.Locator("#Again_StartTime").FillAsync("14:00");
        await page.Locator("#Again_EndTime").FillAsync("16:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer la seconde convocation" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "elle ne requiert pas de quorum" }).WaitForAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Assemblée plénière, 17 février 2027");
        (await page.Locator("ol.conseil-agenda > li .fr-text--bold").AllInnerTextsAsync())
            .ShouldBe(["Questions diverses", "Avis sur la formation des travailleurs sociaux"]);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Aucun quorum n'est requis");
        await secretariat.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_member_answers_the_convocation_of_the_plenary_to_come_with_the_keyboard_and_gives_their_proxy()
    {
        await using var member = await browser.OpenAsync();
        var page = member.Page;
        await SignIn.SubmitPasswordAsync(member, "membre@conseil.test", SignIn.Password);
        await page.WaitForURLAsync("**/espace");
        await page.GetByRole(AriaRole.Link, new() { Name = "Séances" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/seances");
        // The first table lists the meetings to come: the demo's plenary in a fortnight.
        await page.Locator("main table").First.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(MeetingPage());
        await Widths.AssertAccessibleAtBothAsync(member, "seance-reponse");

        // Sent without a choice: the error is beside the question.
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer ma réponse" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Choisissez votre réponse");
        await member.AssertAccessibleAsync();

        // With the keyboard: « Ne pourra pas assister », the proxy to the last member of the list, sent.
        await page.Locator("#reponse-InPerson").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        (await page.Locator("#reponse-CannotAttend").IsCheckedAsync()).ShouldBeTrue();
        await page.Locator("#Reply_ProxyHolderId").FocusAsync();
        await page.Keyboard.PressAsync("End");
        var holder = (await page.Locator("#Reply_ProxyHolderId option:checked").InnerTextAsync()).Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer ma réponse" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Votre réponse à la convocation est enregistrée." }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain($"je ne pourrai pas assister à la séance, et vous donnez procuration à {holder}.");
        browser.Server.ErrorsLogged.ShouldBeEmpty();
    }

    [GeneratedRegex(@"/espace/seances/\d+$")]
    private static partial Regex MeetingPage();
}
