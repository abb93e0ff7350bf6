using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;

namespace Conseil.Tests.Features.Roster;

public sealed class RosterImportAccessTests : IDisposable
{
    private readonly ConseilFactory factory = new() { DemoContent = false };

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.CreateClientAs(null).GetAsync(RosterImportClient.Url, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/connexion");
    }

    [Fact]
    public async Task Members_are_refused_the_import_and_its_template()
    {
        var member = factory.CreateClientAs(Roles.Member);

        foreach (var url in new[] { RosterImportClient.Url, RosterImportClient.Url + "/modele.csv" })
        {
            var response = await member.GetAsync(url, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/acces-refuse");
        }
    }

    [Fact]
    public async Task The_template_can_be_imported_as_it_is()
    {
        var template = await factory.CreateClientAs(Roles.Secretariat)
            .GetByteArrayAsync(RosterImportClient.Url + "/modele.csv", TestContext.Current.CancellationToken);

        var html = await new RosterImportClient(factory).CheckAsync(template);

        html.ShouldContain("Nouveau mandat");
    }

    [Fact]
    public async Task A_tampered_confirmation_is_refused_and_writes_nothing()
    {
        var client = factory.CreateClientAs(Roles.Secretariat);

        var response = await Forms.PostAsync(client, RosterImportClient.Url,
            new Dictionary<string, string> { ["Input.Contenu"] = "Y29sbGVnZTtzaWVnZQ" }, RosterImportClient.Url + "?handler=Apply");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("importez le fichier de nouveau");
    }
}
