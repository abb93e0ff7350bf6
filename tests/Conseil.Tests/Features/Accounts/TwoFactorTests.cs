using System.Net;
using System.Text.RegularExpressions;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;

namespace Conseil.Tests.Features.Accounts;

public sealed partial class TwoFactorTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private readonly HttpClient client;

    public TwoFactorTests() => client = factory.CreateBrowserLikeClient();

    public void Dispose() => factory.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> PasswordStep(string email) =>
        Forms.PostAsync(client, "/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoContent.Password });

    private Task<HttpResponseMessage> SignOut() => Forms.PostAsync(client, "/", new Dictionary<string, string>(), "/deconnexion");

    [Fact]
    public async Task Secretariat_without_two_factor_is_sent_to_enrolment()
    {
        var response = await PasswordStep(DemoContent.SecretariatEmail);
        response.Headers.Location!.OriginalString.ShouldBe("/compte/double-authentification");

        var account = await client.GetAsync("/compte", Ct);
        account.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        account.Headers.Location!.OriginalString.ShouldBe("/compte/double-authentification?returnUrl=%2Fcompte");

        var enrolment = await client.GetStringAsync("/compte/double-authentification", Ct);
        enrolment.ShouldContain("src=\"data:image/png;base64,");
        enrolment.ShouldContain("autocomplete=\"one-time-code\"");
        enrolment.ShouldContain("inputmode=\"numeric\"");
    }

    [Fact]
    public async Task Api_answers_403_problem_to_staff_without_a_second_factor()
    {
        await PasswordStep(DemoContent.AdministratorEmail);

        var response = await client.GetAsync("/api/account", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("double authentification");
    }

    [Fact]
    public async Task Wrong_code_at_enrolment_is_refused_in_French()
    {
        await PasswordStep(DemoContent.SecretariatEmail);

        var response = await Forms.PostAsync(client, "/compte/double-authentification", new Dictionary<string, string> { ["Code"] = "000000" });

        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("pas valide");
        html.ShouldContain("fr-input-group--error");
    }

    [Fact]
    public async Task Enrolment_then_sign_in_with_password_and_code_opens_a_two_factor_session()
    {
        var key = await TestAccounts.SignInAsync(client, DemoContent.SecretariatEmail);
        key.ShouldNotBeNull();
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await SignOut();

        var password = await PasswordStep(DemoContent.SecretariatEmail);
        password.Headers.Location!.OriginalString.ShouldBe("/connexion/code");
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var codePage = await client.GetStringAsync("/connexion/code", Ct);
        codePage.ShouldContain("autocomplete=\"one-time-code\"");

        var code = await Forms.PostAsync(client, "/connexion/code", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });

        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await client.GetStringAsync("/api/account", Ct);
        me.ShouldContain("\"twoFactorEnabled\":true");
    }

    [Fact]
    public async Task Two_factor_session_survives_the_periodic_security_stamp_check()
    {
        await TestAccounts.SignInAsync(client, DemoContent.AdministratorEmail);

        factory.Clock.Now += TimeSpan.FromMinutes(45);

        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Recovery_code_signs_in_once_only()
    {
        await PasswordStep(DemoContent.AdministratorEmail);
        var page = await client.GetStringAsync("/compte/double-authentification", Ct);
        var key = KeyPattern().Match(page).Groups[1].Value;
        var enrolled = await Forms.PostAsync(client, "/compte/double-authentification", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        var codes = RecoveryCodePattern().Matches(await enrolled.Content.ReadAsStringAsync(Ct)).Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBe(10);
        await SignOut();

        await PasswordStep(DemoContent.AdministratorEmail);
        var first = await UseRecoveryCode(codes[0]);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await SignOut();

        await PasswordStep(DemoContent.AdministratorEmail);
        var again = await UseRecoveryCode(codes[0]);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("déjà été utilisé");
    }

    private Task<HttpResponseMessage> UseRecoveryCode(string code) =>
        Forms.PostAsync(client, "/connexion/code", new Dictionary<string, string> { ["RecoveryCode"] = code }, "/connexion/code?handler=Recovery");

    [Fact]
    public async Task Member_may_enrol_voluntarily_and_then_needs_the_code()
    {
        await TestAccounts.SignInAsync(client, DemoContent.MemberEmail);
        var key = await TestAccounts.EnrolAsync(client);
        await SignOut();

        var password = await PasswordStep(DemoContent.MemberEmail);
        password.Headers.Location!.OriginalString.ShouldBe("/connexion/code");
        (await TestAccounts.SignInAsync(client, DemoContent.MemberEmail, authenticatorKey: key)).ShouldBe(key);
        (await client.GetAsync("/compte", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("<code id=\"cle-authentification\">([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
