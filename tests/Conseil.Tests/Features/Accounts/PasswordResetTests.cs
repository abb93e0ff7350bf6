using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;

namespace Conseil.Tests.Features.Accounts;

public sealed class PasswordResetTests : AppTest
{
    private const string Confirmation = "Si un compte actif correspond à cette adresse, un message vient d'y être envoyé";

    private Task<HttpResponseMessage> AskAsync(string email) =>
        Forms.PostAsync(Factory.CreateBrowserLikeClient(), "/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = email });

    private Task<HttpResponseMessage> SetAsync(string link, string password) =>
        Forms.PostAsync(Factory.CreateBrowserLikeClient(), link, new Dictionary<string, string>
        {
            ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = password,
        });

    [Fact]
    public async Task The_answer_is_the_same_whether_or_not_the_address_has_an_account()
    {
        var known = await (await AskAsync(DemoContent.MemberEmail)).Content.ReadAsStringAsync(Ct);
        var unknown = await (await AskAsync("personne@exemple.fr")).Content.ReadAsStringAsync(Ct);

        known.ShouldContain(Confirmation);
        unknown.ShouldContain(Confirmation);
        (await SentMail.ToAsync(Factory, DemoContent.MemberEmail)).Count.ShouldBe(1);
        (await SentMail.ToAsync(Factory, "personne@exemple.fr")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reset_link_changes_the_password_once_and_sends_back_to_sign_in()
    {
        await AskAsync(DemoContent.MemberEmail);
        var link = await SentMail.LatestLinkToAsync(Factory, DemoContent.MemberEmail);

        var response = await SetAsync(link, "un tout nouveau mot de passe");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/connexion");
        await TestAccounts.SignInAsync(Factory.CreateBrowserLikeClient(), DemoContent.MemberEmail, "un tout nouveau mot de passe");
        (await Factory.CreateBrowserLikeClient().GetStringAsync(link, Ct)).ShouldContain("Ce lien n'est plus valable");
    }

    [Fact]
    public async Task A_reset_link_expires_after_one_hour()
    {
        await AskAsync(DemoContent.MemberEmail);
        var link = await SentMail.LatestLinkToAsync(Factory, DemoContent.MemberEmail);

        Factory.Clock.Now += TimeSpan.FromMinutes(61);

        var page = await Factory.CreateBrowserLikeClient().GetStringAsync(link, Ct);
        page.ShouldContain("Ce lien n'est plus valable");
        page.ShouldNotContain("Input.NewPassword");
        await TestAccounts.SignInAsync(Factory.CreateBrowserLikeClient(), DemoContent.MemberEmail);
    }

    [Fact]
    public async Task A_newer_link_replaces_the_older_one()
    {
        await AskAsync(DemoContent.MemberEmail);
        var first = await SentMail.LatestLinkToAsync(Factory, DemoContent.MemberEmail);
        await AskAsync(DemoContent.MemberEmail);
        var second = await SentMail.LatestLinkToAsync(Factory, DemoContent.MemberEmail);

        second.ShouldNotBe(first);
        (await Factory.CreateBrowserLikeClient().GetStringAsync(first, Ct)).ShouldContain("Ce lien n'est plus valable");
        (await Factory.CreateBrowserLikeClient().GetStringAsync(second, Ct)).ShouldContain("Choisir un nouveau mot de passe");
    }

    [Fact]
    public async Task A_too_short_password_is_refused_and_the_link_still_works()
    {
        await AskAsync(DemoContent.MemberEmail);
        var link = await SentMail.LatestLinkToAsync(Factory, DemoContent.MemberEmail);

        var page = await (await SetAsync(link, "court")).Content.ReadAsStringAsync(Ct);

        page.ShouldContain("Le mot de passe doit contenir au moins 12 caractères.");
        (await SetAsync(link, "assez long cette fois")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jeton-invente")]
    public async Task A_missing_or_made_up_link_gives_a_clear_French_page(string token)
    {
        var page = await Factory.CreateBrowserLikeClient().GetStringAsync($"/mot-de-passe/definir?jeton={token}", Ct);
        page.ShouldContain("Ce lien n'est plus valable");
        page.ShouldContain("demandez un nouveau lien");
    }
}
