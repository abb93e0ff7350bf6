using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;

namespace Conseil.Tests.Infrastructure;

/// <summary>Errors keep the site's header and footer and speak French; the API keeps its ProblemDetails.</summary>
public sealed class ErrorPageTests(PublicSiteFixture site) : IClassFixture<PublicSiteFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/cette-page-n-existe-pas")]
    [InlineData("GET", "/composition/inconnue")]
    [InlineData("POST", "/cette-page-n-existe-pas")]
    public async Task A_missing_page_answers_404_inside_the_layout_in_french(string method, string url)
    {
        var response = await site.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        document.QuerySelector("header.fr-header").ShouldNotBeNull();
        document.QuerySelector("footer.fr-footer").ShouldNotBeNull();
        document.QuerySelector("main h1")!.TextContent.ShouldBe("Page introuvable");
        document.QuerySelector("main .fr-text--lead")!.TextContent.ShouldContain("n'existe pas");
        document.Title.ShouldBe("Page introuvable – Haut Conseil du travail social");
    }

    [Fact]
    public async Task The_api_answers_a_missing_resource_with_problem_details()
    {
        var response = await site.Client.GetAsync("/api/rien-ici", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString().ShouldBe("Page introuvable");
    }

    [Fact]
    public async Task The_site_has_a_favicon_and_the_icons_the_layout_links_to_resolve()
    {
        (await site.Client.GetAsync("/favicon.ico", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = new HtmlParser().ParseDocument(await site.Client.GetStringAsync("/", Ct));
        var icons = document.QuerySelectorAll("link[rel~=icon], link[rel=apple-touch-icon]").Select(l => l.GetAttribute("href")!).ToList();

        icons.ShouldContain("/favicon.ico");
        foreach (var icon in icons) (await site.Client.GetAsync(icon, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, icon);
    }
}
