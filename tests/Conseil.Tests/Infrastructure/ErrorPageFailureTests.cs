using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Infrastructure;

/// <summary>An exception on a page gets the error page in the layout; an error page that fails still never becomes a 500.</summary>
public sealed class ErrorPageFailureTests : AppTest
{
    [Fact]
    public async Task An_unexpected_error_on_a_page_answers_500_inside_the_layout_in_french()
    {
        var response = await ClientFailingOn("/composition").GetAsync("/composition", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        document.QuerySelector("header.fr-header").ShouldNotBeNull();
        document.QuerySelector("footer.fr-footer").ShouldNotBeNull();
        document.QuerySelector("main h1")!.TextContent.ShouldBe("Erreur du serveur");
        document.QuerySelector("main .fr-text--lead")!.TextContent.ShouldContain("erreur inattendue");
        Factory.Errors.Entries.ShouldContain(e => e.Contains("Erreur non gérée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_error_page_itself_fails_a_missing_page_still_answers_404_in_french()
    {
        var response = await ClientFailingOn("/erreur").GetAsync("/nulle-part", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("<h1>Page introuvable</h1>");
    }

    private HttpClient ClientFailingOn(string prefix) => Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        services.Configure<MvcOptions>(o => o.Filters.Add(new FailOn(prefix))))).CreateClient();

    private sealed class FailOn(string prefix) : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            if (context.HttpContext.Request.Path.StartsWithSegments(prefix))
                throw new InvalidOperationException("Échec provoqué par le test");
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}
