using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;

namespace Conseil.Tests.Features.Accounts;

public sealed class SignInTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private readonly HttpClient client;

    public SignInTests() => client = factory.CreateBrowserLikeClient();

    public void Dispose() => factory.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> SignIn(string email, string password, string page = "/connexion") =>
        Forms.PostAsync(client, page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    [Fact]
    public async Task Member_with_the_right_password_reaches_their_account_page()
    {
        var response = await SignIn(DemoContent.MemberEmail, DemoContent.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/espace");

        var account = await client.GetAsync("/compte", Ct);
        account.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await account.Content.ReadAsStringAsync(Ct);
        html.ShouldContain(DemoContent.MemberEmail);
        html.ShouldContain("Membre");
        html.ShouldContain("Non activée");
    }

    [Fact]
    public async Task Wrong_password_and_unknown_address_get_the_same_French_message()
    {
        var wrongPassword = await SignIn(DemoContent.MemberEmail, "pas-le-bon-mot-de-passe");
        var unknown = await SignIn("inconnu@conseil.test", DemoContent.Password);

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrongHtml = await wrongPassword.Content.ReadAsStringAsync(Ct);
        wrongHtml.ShouldContain("Adresse électronique ou mot de passe incorrect.");
        (await unknown.Content.ReadAsStringAsync(Ct)).ShouldContain("Adresse électronique ou mot de passe incorrect.");
        wrongHtml.ShouldContain($"value=\"{DemoContent.MemberEmail}\"");
        wrongHtml.ShouldNotContain("pas-le-bon-mot-de-passe");
    }

    [Fact]
    public async Task Empty_fields_are_refused_with_messages_tied_to_them()
    {
        var response = await SignIn("", "");
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Saisissez votre adresse électronique.");
        html.ShouldContain("Saisissez votre mot de passe.");
        html.ShouldContain("aria-describedby=\"Input_Email-hint Input_Email-error\"");
        html.ShouldContain("autocomplete=\"current-password\"");
    }

    [Fact]
    public async Task Sixth_attempt_after_five_failures_is_refused_even_with_the_right_password()
    {
        for (var i = 0; i < 5; i++) await SignIn(DemoContent.MemberEmail, "mauvais-mot-de-passe");

        var response = await SignIn(DemoContent.MemberEmail, DemoContent.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("temporairement verrouillé");
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_brought_back_afterwards()
    {
        var protectedPage = await client.GetAsync("/compte", Ct);
        protectedPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signInPage = protectedPage.Headers.Location!.PathAndQuery();
        signInPage.ShouldStartWith("/connexion?ReturnUrl=%2Fcompte");

        var response = await SignIn(DemoContent.MemberEmail, DemoContent.Password, signInPage);
        response.Headers.Location!.OriginalString.ShouldBe("/compte");
    }

    [Fact]
    public async Task Return_address_outside_the_site_is_ignored()
    {
        var response = await SignIn(DemoContent.MemberEmail, DemoContent.Password, "/connexion?returnUrl=https%3A%2F%2Fexemple.org%2F");
        response.Headers.Location!.OriginalString.ShouldBe("/espace");
    }

    [Fact]
    public async Task Sign_out_requires_a_post()
    {
        await TestAccounts.SignInAsync(client, DemoContent.MemberEmail);

        (await client.GetAsync("/deconnexion", Ct)).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signOut = await Forms.PostAsync(client, "/compte", new Dictionary<string, string>(), "/deconnexion");
        signOut.Headers.Location!.OriginalString.ShouldBe("/");
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

internal static class UriExtensions
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
