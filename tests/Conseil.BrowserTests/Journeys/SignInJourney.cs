using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

[Collection(FirstSignInJourneys.Name)]
public sealed class SignInJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Secretariat_enrols_an_authenticator_at_first_sign_in_then_signs_in_again_with_a_code()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await journey.GoToAsync("/connexion");
        await journey.AssertAccessibleAsync();

        await SignIn.SubmitPasswordAsync(journey, SignIn.Secretariat, SignIn.Password);
        await page.WaitForURLAsync("**/compte/double-authentification**");
        var key = await SignIn.EnrolAsync(journey);
        await page.WaitForURLAsync("**/espace");
        await journey.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).WaitForAsync();
        (await journey.GoToAsync("/espace")).Url.ShouldContain("/connexion");

        await SignIn.SubmitPasswordAsync(journey, SignIn.Secretariat, SignIn.Password);
        await page.WaitForURLAsync("**/connexion/code**");
        await SignIn.EnterCodeAsync(journey, key);
        await page.WaitForURLAsync("**/espace");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Espace de travail");
    }

    [Fact]
    public async Task Wrong_password_typed_with_the_keyboard_shows_a_french_error_announced_to_screen_readers()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await journey.GoToAsync("/connexion");

        // The skip link, then the first field of the content.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        (await FocusedIdAsync(page)).ShouldBe("Input_Email");
        await page.Keyboard.TypeAsync(SignIn.Secretariat);
        await page.Keyboard.PressAsync("Tab");
        (await FocusedIdAsync(page)).ShouldBe("Input_Password");
        await page.Keyboard.TypeAsync("pas-le-bon-mot-de-passe");
        await page.Keyboard.PressAsync("Enter");

        var alert = page.GetByRole(AriaRole.Alert);
        (await alert.InnerTextAsync()).ShouldContain("incorrect");
        page.Url.ShouldContain("/connexion");
        (await page.GetByLabel("Adresse électronique").InputValueAsync()).ShouldBe(SignIn.Secretariat);
        await journey.AssertAccessibleAsync();
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");
}
