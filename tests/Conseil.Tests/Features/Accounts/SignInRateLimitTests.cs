using System.Net;
using Conseil.Tests.Support;

namespace Conseil.Tests.Features.Accounts;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_pages_refuse_requests_beyond_the_limit_with_429()
    {
        using var factory = new ConseilFactory { DemoContent = false };
        factory.Settings["RateLimits:SignInPerMinute"] = "3";
        var client = factory.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 3; i++) (await client.GetAsync("/connexion", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync("/connexion", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/connexion/code", ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
