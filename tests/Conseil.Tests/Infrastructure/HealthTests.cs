using System.Net;
using Conseil.Tests.Support;

namespace Conseil.Tests.Infrastructure;

public sealed class HealthTests(PublicSiteFixture site) : IClassFixture<PublicSiteFixture>
{
    [Fact]
    public async Task Sante_answers_ok_to_anonymous_visitors()
    {
        var response = await site.Client.GetAsync("/sante", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("ok");
    }
}
