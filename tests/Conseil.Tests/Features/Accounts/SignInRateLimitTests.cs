using System.Net;
using Conseil.Tests.Support;

namespace Conseil.Tests.Features.Accounts;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_pages_refuse_requests_beyond_the_limit_with_a_french_429_page()
    {
        using var factory = new ConseilFactory { DemoContent = false };
        factory.Settings["RateLimits:SignInPerMinute"] = "3";
        var client = factory.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 3; i++) (await client.GetAsync("/connexion", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.GetAsync("/connexion", ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var page = await refused.Content.ReadAsStringAsync(ct);
        page.ShouldContain("<html lang=\"fr\"");
        page.ShouldContain("Trop de requêtes");
        page.ShouldContain("Patientez une minute");
        (await client.GetAsync("/connexion/code", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}

public sealed class PublicAccountFormsRateLimitTests
{
    [Fact]
    public async Task Forgotten_password_and_set_password_pages_share_the_public_forms_limit()
    {
        using var factory = new ConseilFactory { DemoContent = false };
        factory.Settings["RateLimits:PublicFormsPerMinute"] = "3";
        var client = factory.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 3; i++) (await client.GetAsync("/mot-de-passe-oublie", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync("/mot-de-passe-oublie", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/mot-de-passe/definir?jeton=x", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
