using System.Text.RegularExpressions;
using Conseil.Tests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// Signing in through the real pages, as a person would: password, then either the enrolment (reading the key
/// shown on the page, as one types it into an authenticator app) or the code step. Each page is checked with axe.
/// </summary>
public static class SignIn
{
    public const string Password = "Conseil-demo-2026";
    public const string Secretariat = "secretariat@conseil.test";

    /// <summary>Signs in with two factors, enrolling at the first sign-in, and waits for the workspace.</summary>
    public static async Task AsAsync(BrowserFixture browser, JourneyPage journey, string email = Secretariat)
    {
        await SubmitPasswordAsync(journey, email, Password);
        await journey.Page.WaitForURLAsync(new Regex("/(connexion/code|compte/double-authentification)"));
        if (journey.Page.Url.Contains("/connexion/code", StringComparison.Ordinal))
            await EnterCodeAsync(journey, browser.AuthenticatorKeys[email]);
        else
            browser.AuthenticatorKeys[email] = await EnrolAsync(journey);
        await journey.Page.WaitForURLAsync("**/espace");
    }

    public static async Task SubmitPasswordAsync(JourneyPage journey, string email, string password)
    {
        if (!journey.Page.Url.Contains("/connexion", StringComparison.Ordinal)) await journey.GoToAsync("/connexion?ReturnUrl=%2Fespace");
        await journey.Page.GetByLabel("Adresse électronique").FillAsync(email);
        await journey.Page.GetByLabel("Mot de passe").FillAsync(password);
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    /// <summary>Completes the enrolment page: key read from the page, code computed, recovery codes seen, then on.</summary>
    public static async Task<string> EnrolAsync(JourneyPage journey)
    {
        var page = journey.Page;
        await journey.AssertAccessibleAsync();
        var key = await page.Locator("#cle-authentification").InnerTextAsync();
        key.ShouldMatch("^([A-Z2-7]{4} ?)+$");
        await page.GetByLabel("Code à 6 chiffres").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Activer la double authentification" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Vos codes de secours" }).WaitForAsync();
        (await page.GetByRole(AriaRole.List, new() { Name = "Codes de secours" }).Locator("li").CountAsync()).ShouldBeGreaterThan(0);
        await journey.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continuer" }).ClickAsync();
        return key;
    }

    public static async Task EnterCodeAsync(JourneyPage journey, string key)
    {
        await journey.AssertAccessibleAsync();
        await journey.Page.GetByLabel("Code à 6 chiffres").FillAsync(Totp.Code(key));
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le code" }).ClickAsync();
    }
}
