using System.Net;

namespace Conseil.Tests.Features.Contributions;

/// <summary>The public form takes a few contributions per address within ten minutes; reading it is never limited.</summary>
public sealed class ContributionRateLimitTests() : ContributionTest(f => f.Settings["RateLimits:ContributionsPerTenMinutes"] = "2")
{
    [Fact]
    public async Task Beyond_the_limit_a_contribution_is_refused_with_a_french_429_page_that_says_how_to_get_the_text_back()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var client = Anonymous();
        for (var i = 0; i < 2; i++)
            (await client.PostContributionAsync(ContributionBuilders.Form(open.CallId, $"Contribution {i}."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await client.PostContributionAsync(ContributionBuilders.Form(open.CallId, "Une de trop."));
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var page = await refused.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("<html lang=\"fr\"");
        page.ShouldContain("Trop de requêtes");
        page.ShouldContain("revenez à la page précédente pour retrouver votre texte");
        (await QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Contributions, Ct))).ShouldBe(2);
        (await client.GetAsync("/contribuer", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/contribuer", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
