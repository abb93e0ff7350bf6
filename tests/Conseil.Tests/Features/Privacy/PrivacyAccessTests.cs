using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;

namespace Conseil.Tests.Features.Privacy;

public sealed class PrivacyAccessTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Member, HttpStatusCode.Forbidden)]
    public async Task The_rgpd_api_is_refused_to_anonymous_visitors_and_members(string? role, HttpStatusCode expected)
    {
        var client = factory.CreateClientAs(role);

        (await client.GetAsync("/api/privacy/register", Ct)).StatusCode.ShouldBe(expected);
        (await client.GetAsync("/api/privacy/people/1/export", Ct)).StatusCode.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "/connexion")]
    [InlineData(Roles.Member, "/acces-refuse")]
    public async Task The_rgpd_pages_send_anonymous_visitors_and_members_away(string? role, string destination)
    {
        var client = factory.CreateClientAs(role);

        foreach (var page in new[] { "/espace/rgpd", "/espace/rgpd/personnes/1", "/espace/rgpd/personnes/1/effacer" })
        {
            var response = await client.GetAsync(page, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.AbsolutePath.ShouldBe(destination);
        }
    }

    [Fact]
    public async Task Only_administrators_may_erase()
    {
        var secretariat = factory.CreateClientAs(Roles.Secretariat);

        (await secretariat.GetAsync("/espace/rgpd/personnes/1", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var erase = await secretariat.GetAsync("/espace/rgpd/personnes/1/effacer", Ct);
        erase.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        erase.Headers.Location!.AbsolutePath.ShouldBe("/acces-refuse");
        (await factory.CreateClientAs(Roles.Administrator).GetAsync("/espace/rgpd/personnes/1/effacer", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_person_is_not_found()
    {
        (await factory.CreateClientAs(Roles.Secretariat).GetAsync("/api/privacy/people/999999/export", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CreateClientAs(Roles.Secretariat).GetAsync("/espace/rgpd/personnes/999999", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
