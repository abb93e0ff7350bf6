using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Accounts;

public sealed class InvitationTests : AppTest
{
    private async Task<Person> PersonWithoutAccountAsync() => await QueryAsync(db =>
        db.People.Where(p => p.IsDemo && !db.Users.Any(u => u.PersonId == p.Id)).OrderBy(p => p.Id).FirstAsync(Ct));

    private async Task<HttpResponseMessage> InviteAsync(string role, int personId, string email, string asRole = Roles.Secretariat)
    {
        var client = Factory.CreateClientAs(asRole);
        return await Forms.PostAsync(client, "/espace/comptes/inviter", new Dictionary<string, string>
        {
            ["Input.PersonId"] = personId.ToString(), ["Input.Email"] = email, ["Input.Role"] = role,
        });
    }

    [Fact]
    public async Task An_invited_member_sets_a_password_with_the_link_and_signs_in()
    {
        var person = await PersonWithoutAccountAsync();
        var response = await InviteAsync(Roles.Member, person.Id, "nouvelle.membre@exemple.fr");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var message = (await SentMail.ToAsync(Factory, "nouvelle.membre@exemple.fr")).ShouldHaveSingleItem();
        message.Subject.ShouldContain("Haut Conseil du travail social");
        message.TextBody.ShouldContain(person.FullName);
        message.Sensitive.ShouldBeTrue();
        var link = await SentMail.LatestLinkToAsync(Factory, "nouvelle.membre@exemple.fr");

        var browser = Factory.CreateBrowserLikeClient();
        (await browser.GetStringAsync(link, Ct)).ShouldContain("Activer votre compte");
        var set = await Forms.PostAsync(browser, link, new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "une phrase de passe solide", ["Input.ConfirmPassword"] = "une phrase de passe solide",
        });
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        set.Headers.Location!.OriginalString.ShouldBe("/espace");
        (await browser.GetAsync("/espace", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var user = await QueryAsync(db => db.Users.SingleAsync(u => u.Email == "nouvelle.membre@exemple.fr", Ct));
        user.PersonId.ShouldBe(person.Id);
        var other = Factory.CreateBrowserLikeClient();
        await TestAccounts.SignInAsync(other, "nouvelle.membre@exemple.fr", "une phrase de passe solide");
    }

    [Fact]
    public async Task An_invitation_link_serves_once()
    {
        var person = await PersonWithoutAccountAsync();
        await InviteAsync(Roles.Member, person.Id, "une.fois@exemple.fr");
        var link = await SentMail.LatestLinkToAsync(Factory, "une.fois@exemple.fr");
        var fields = new Dictionary<string, string> { ["Input.NewPassword"] = "premier mot de passe", ["Input.ConfirmPassword"] = "premier mot de passe" };
        await Forms.PostAsync(Factory.CreateBrowserLikeClient(), link, fields);

        var again = await Factory.CreateBrowserLikeClient().GetStringAsync(link, Ct);
        again.ShouldContain("Ce lien n'est plus valable");
        again.ShouldNotContain("Input.NewPassword");
    }

    [Fact]
    public async Task An_invitation_expires_after_seven_days()
    {
        var person = await PersonWithoutAccountAsync();
        await InviteAsync(Roles.Member, person.Id, "tardive@exemple.fr");
        var link = await SentMail.LatestLinkToAsync(Factory, "tardive@exemple.fr");

        Factory.Clock.Now += TimeSpan.FromDays(6.9);
        (await Factory.CreateBrowserLikeClient().GetStringAsync(link, Ct)).ShouldContain("Activer votre compte");
        Factory.Clock.Now += TimeSpan.FromHours(3);
        (await Factory.CreateBrowserLikeClient().GetStringAsync(link, Ct)).ShouldContain("Ce lien n'est plus valable");
    }

    [Fact]
    public async Task A_person_with_an_account_cannot_be_invited_twice_and_the_reason_is_given()
    {
        var person = await PersonWithoutAccountAsync();
        await InviteAsync(Roles.Member, person.Id, "double@exemple.fr");

        var again = await InviteAsync(Roles.Member, person.Id, "autre@exemple.fr");

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain($"{person.FullName} a déjà un compte.");
        (await SentMail.ToAsync(Factory, "autre@exemple.fr")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_an_administrator_may_open_an_administration_account()
    {
        var person = await PersonWithoutAccountAsync();
        var refused = await InviteAsync(Roles.Administrator, person.Id, "admin2@exemple.fr");
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("Seul un administrateur peut ouvrir un compte");

        var accepted = await InviteAsync(Roles.Administrator, person.Id, "admin2@exemple.fr", asRole: Roles.Administrator);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Staff_invited_are_sent_to_enrol_an_authenticator_after_choosing_the_password()
    {
        var person = await PersonWithoutAccountAsync();
        await InviteAsync(Roles.Secretariat, person.Id, "agent@exemple.fr");
        var link = await SentMail.LatestLinkToAsync(Factory, "agent@exemple.fr");
        var browser = Factory.CreateBrowserLikeClient();

        var set = await Forms.PostAsync(browser, link, new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "phrase du secrétariat", ["Input.ConfirmPassword"] = "phrase du secrétariat",
        });

        set.Headers.Location!.OriginalString.ShouldStartWith("/compte/double-authentification");
        await TestAccounts.EnrolAsync(browser);
        (await browser.GetAsync("/espace/comptes", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_invited_account_cannot_sign_in_before_choosing_a_password()
    {
        var person = await PersonWithoutAccountAsync();
        await InviteAsync(Roles.Member, person.Id, "attente@exemple.fr");
        (await QueryAsync(db => db.Users.SingleAsync(u => u.Email == "attente@exemple.fr", Ct))).PasswordHash.ShouldBeNull();

        var response = await Forms.PostAsync(Factory.CreateBrowserLikeClient(), "/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = "attente@exemple.fr", ["Input.Password"] = "n'importe quoi de long",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
