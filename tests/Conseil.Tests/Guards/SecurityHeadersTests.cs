using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Conseil.Tests.Guards;

/// <summary>Every kind of response carries the security headers, and cookies are Secure, HttpOnly and SameSite.</summary>
public sealed partial class SecurityHeadersTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    // HSTS and Secure cookies only make sense over HTTPS (HSTS ignores localhost), as behind the production proxy.
    private HttpClient Https(string? role = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://conseil.test"), AllowAutoRedirect = false,
        });
        if (role is not null) client.DefaultRequestHeaders.Add(TestAuthenticationHandler.RoleHeader, role);
        return client;
    }

    public static TheoryData<string, string, string?> Responses => new()
    {
        { "page HTML", "/composition", null },
        { "API JSON", "/api/composition", null },
        { "export CSV", "/composition/export.csv", null },
        { "fichier statique", "/lib/dsfr/dsfr.min.css", null },
        { "page introuvable", "/nexiste-pas", null },
        { "erreur d'API (ProblemDetails)", "/api/people", null },
        { "redirection vers la connexion", "/espace", null },
        { "page de l'espace", "/espace", Roles.Secretariat },
        { "OpenAPI", "/openapi/v1.json", null },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_kind_of_response_carries_the_security_headers(string kind, string url, string? role)
    {
        using var response = await Https(role).GetAsync(url, Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'", customMessage: kind);
        csp.ShouldNotContain("unsafe-inline", customMessage: kind);
        csp.ShouldNotContain("unsafe-eval", customMessage: kind);
        NoncePattern().IsMatch(csp).ShouldBeTrue(kind);
        csp.ShouldContain("frame-ancestors 'none'", customMessage: kind);
        csp.ShouldContain("object-src 'none'", customMessage: kind);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
    }

    [Fact]
    public async Task Each_response_gets_its_own_nonce()
    {
        var first = (await Https().GetAsync("/", Ct)).Headers.GetValues("Content-Security-Policy").Single();
        var second = (await Https().GetAsync("/", Ct)).Headers.GetValues("Content-Security-Policy").Single();
        NoncePattern().Match(first).Value.ShouldNotBe(NoncePattern().Match(second).Value);
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_secure_httponly_and_samesite()
    {
        var client = Https();
        var page = await client.GetAsync("/connexion", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var token = TokenPattern().Match(html).Groups[1].Value;
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("conseil-csrf", StringComparison.Ordinal));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/connexion")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Email"] = Conseil.Web.Data.Seed.DemoContent.MemberEmail,
                ["Input.Password"] = Conseil.Web.Data.Seed.DemoContent.Password,
            }),
        };
        request.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await client.SendAsync(request, Ct);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("conseil-session", StringComparison.Ordinal));

        foreach (var cookie in new[] { antiforgery, session })
        {
            cookie.ShouldContain("secure", Case.Insensitive);
            cookie.ShouldContain("httponly", Case.Insensitive);
            cookie.ShouldContain("samesite=", Case.Insensitive);
        }
    }

    [GeneratedRegex("script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
