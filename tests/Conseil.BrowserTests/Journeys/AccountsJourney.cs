using System.Text.RegularExpressions;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// Accounts for real members, through a real SMTP server: an invitation, a forgotten password and an
/// administrator's reset of someone's second factor, each page checked with axe-core.
/// </summary>
[Collection(AccountJourneys.Name)]
public sealed class AccountsJourney(SmtpBrowserFixture browser)
{
    private const string NewPassword = "une longue phrase de passe";

    private Conseil.Tests.Support.SmtpServer Smtp => browser.Server.Smtp!;

    [Fact]
    public async Task The_secretariat_invites_a_member_who_chooses_a_password_and_arrives_in_the_workspace()
    {
        await using (var secretariat = await browser.OpenAsync())
        {
            await SignIn.AsAsync(browser, secretariat);
            await secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Comptes" }).ClickAsync();
            await secretariat.AssertAccessibleAsync();
            await secretariat.Page.GetByRole(AriaRole.Link, new() { Name = "Inviter une personne" }).ClickAsync();
            await secretariat.AssertAccessibleAsync();
            await secretariat.Page.Locator("#Input_PersonId").SelectOptionAsync(new SelectOptionValue { Index = 3 });
            await secretariat.Page.Locator("#Input_Email").FillAsync("invitee@exemple.fr");
            await secretariat.Page.GetByLabel("Rôle").SelectOptionAsync(new SelectOptionValue { Label = "Membre" });
            await secretariat.Page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'invitation" }).ClickAsync();
            (await secretariat.Page.Locator(".fr-alert--success").InnerTextAsync()).ShouldContain("invitee@exemple.fr");
            await secretariat.AssertAccessibleAsync();
        }

        var mail = await Inbox.WaitForAsync(Smtp, "invitee@exemple.fr", "Votre compte sur l'espace de travail du Haut Conseil du travail social");
        mail.Body("text/html").ShouldContain("Activer mon compte");
        await using var invited = await browser.OpenAsync();
        await invited.GoToAsync(Inbox.SetPasswordLink(mail));
        await invited.Page.GetByRole(AriaRole.Heading, new() { Name = "Activer votre compte" }).WaitForAsync();
        await invited.AssertAccessibleAsync();
        await ChoosePasswordAsync(invited, "Activer mon compte");
        await invited.Page.WaitForURLAsync("**/espace");
        (await invited.Page.Locator(".fr-alert--success").InnerTextAsync()).ShouldContain("Votre compte est activé");
        await invited.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_member_who_forgot_the_password_gets_a_link_by_mail_and_signs_in_with_a_new_one()
    {
        await using var member = await browser.OpenAsync();
        await member.GoToAsync("/connexion");
        await member.Page.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await member.AssertAccessibleAsync();
        await member.Page.GetByLabel("Adresse électronique").FillAsync("membre@conseil.test");
        await member.Page.GetByLabel("Adresse électronique").PressAsync("Enter");
        await member.Page.GetByText("Vérifiez votre messagerie").WaitForAsync();
        await member.AssertAccessibleAsync();

        var mail = await Inbox.WaitForAsync(Smtp, "membre@conseil.test", "Choisir un nouveau mot de passe");
        await member.GoToAsync(Inbox.SetPasswordLink(mail));
        await member.AssertAccessibleAsync();
        await ChoosePasswordAsync(member, "Enregistrer le mot de passe");
        await member.Page.WaitForURLAsync("**/connexion");
        (await member.Page.Locator(".fr-alert--success").InnerTextAsync()).ShouldContain("Votre mot de passe a été changé");

        await SignIn.SubmitPasswordAsync(member, "membre@conseil.test", NewPassword);
        await member.Page.WaitForURLAsync(new Regex("/espace$"));
    }

    [Fact]
    public async Task An_administrator_resets_the_second_factor_of_the_secretariat()
    {
        await using var secretariat = await browser.OpenAsync();
        await SignIn.AsAsync(browser, secretariat);
        await using var admin = await browser.OpenAsync();
        await SignIn.AsAsync(browser, admin, "admin@conseil.test");

        await admin.GoToAsync("/espace/comptes");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Secrétariat de démonstration" }).ClickAsync();
        await admin.AssertAccessibleAsync();
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Réinitialiser la double authentification" }).ClickAsync();
        await admin.AssertAccessibleAsync();
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Réinitialiser la double authentification" }).ClickAsync();
        (await admin.Page.Locator(".fr-alert--success").InnerTextAsync()).ShouldContain("a été réinitialisée");
        await admin.AssertAccessibleAsync();

        await Inbox.WaitForAsync(Smtp, "secretariat@conseil.test", "Votre double authentification a été réinitialisée");
        await secretariat.GoToAsync("/espace");
        secretariat.Page.Url.ShouldContain("/connexion");
        browser.AuthenticatorKeys.TryRemove("secretariat@conseil.test", out _);
        await SignIn.AsAsync(browser, secretariat); // meets the enrolment again
    }

    private static async Task ChoosePasswordAsync(JourneyPage journey, string button)
    {
        await journey.Page.GetByLabel("Nouveau mot de passe").FillAsync(NewPassword);
        await journey.Page.GetByLabel("Confirmation du mot de passe").FillAsync(NewPassword);
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }
}
