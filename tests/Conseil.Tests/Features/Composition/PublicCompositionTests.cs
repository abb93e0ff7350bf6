using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;

namespace Conseil.Tests.Features.Composition;

public sealed class PublicCompositionTests(PublicSiteFixture site) : IClassFixture<PublicSiteFixture>
{
    [Fact]
    public async Task Composition_page_shows_the_six_colleges_with_their_quotas()
    {
        var html = await site.Client.GetStringAsync("/composition", TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        var colleges = document.QuerySelectorAll("section h3").Select(h => h.TextContent.Trim()).ToList();
        colleges.Count.ShouldBe(6);
        colleges[0].ShouldBe("Collège 1 – Représentants des pouvoirs publics");
        colleges[5].ShouldBe("Collège 6 – Personnes qualifiées");
        html.ShouldContain("<strong>15 sièges</strong>");
        html.ShouldContain("<strong>18 sièges</strong>");
        html.ShouldContain("<strong>10 sièges</strong>");
        document.QuerySelector("p.fr-text--lead")!.TextContent.ShouldContain("66 sièges de membres titulaires, dont 4 vacants");
    }

    [Fact]
    public async Task Composition_page_names_the_office_holders_and_the_current_term()
    {
        var html = await site.Client.GetStringAsync("/composition", TestContext.Current.CancellationToken);

        html.ShouldContain("Mandature en cours : <strong>2022–2027</strong>");
        html.ShouldContain("Président</strong> : Mathieu Klein");
        html.ShouldContain("Secrétaire général</strong> : Amaury Ville");
        html.ShouldNotContain("Bourguignon"); // her office ended in 2020: history, not the current composition
    }

    [Fact]
    public async Task Vacant_seats_are_shown_as_vacant()
    {
        var html = await site.Client.GetStringAsync("/composition", TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelectorAll(".conseil-seat-vacant").Length.ShouldBe(4);
    }

    [Fact]
    public async Task Home_page_presents_the_council_and_cites_the_definition()
    {
        var response = await site.Client.GetAsync("/", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        html.ShouldContain("<html lang=\"fr\"");
        html.ShouldContain("article D142-1-1 du code de l'action sociale et des familles");
        html.ShouldContain("66</span> sièges de membres");
    }
}
