using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Conseil.Tests.Security;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Guards;

/// <summary>
/// For every endpoint of the authorization matrix, and for a page every POST handler its PageModel declares,
/// a fixed budget of generated bad requests (200, CONSEIL_BATTERY_CASES for a longer run), with bad files posted
/// under the page's real file fields: no 5xx, nothing logged as an error, no marker echoed unescaped, and a
/// refused request leaves the database as it was.
/// </summary>
public sealed partial class MalformedInputTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    /// <summary>The matrix rows, a POST row of a page repeated for each of the page's handlers (?handler=…).</summary>
    public static readonly IReadOnlyList<AuthorizationMatrix.Row> Rows = AuthorizationMatrix.Rows
        .SelectMany(row => row.Method == "POST" && PageHandlers.ForRoute(row.Pattern) is { PostHandlers.Count: > 0 } page
            ? page.PostHandlers.Select(h => row with { Query = h == "" ? "" : "?handler=" + h })
            : [row])
        .DistinctBy(row => row.ToString())
        .ToList();

    public static TheoryData<string> Endpoints()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows) data.Add(row.ToString());
        return data;
    }

    [Fact]
    public void Every_post_handler_of_every_page_is_in_the_battery()
    {
        var tried = Rows.Select(r => r.ToString()).ToHashSet();
        var handlers = PageHandlers.All.SelectMany(p => p.PostHandlers.Select(h => $"POST {p.Route}" + (h == "" ? "" : "?handler=" + h))).ToList();
        handlers.ShouldContain("POST /espace/composition/instance/{id:int}?handler=End");
        handlers.Where(h => !tried.Contains(h)).ShouldBeEmpty();
        PageHandlers.ForRoute("/espace/composition/import")!.FileFields.ShouldBe(["Input.Fichier"]);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Bad_input_is_refused_cleanly(string endpoint)
    {
        var row = Rows.Single(r => r.ToString() == endpoint);
        var role = MostPrivilegedAllowed(row);
        var client = factory.CreateClientAs(role);
        var isApi = row.Pattern.StartsWith("/api", StringComparison.Ordinal);
        var (fields, token) = isApi ? (ApiFields(row), null) : await PageFieldsAsync(client, row, role);
        var files = row.Method == "POST" ? PageHandlers.ForRoute(row.Pattern)?.FileFields ?? [] : [];

        var failures = new List<string>();
        var count = 0;
        var before = await FingerprintAsync();
        foreach (var badCase in BadRequests.For(row.Method, row.Url, fields, token, isApi, files))
        {
            count++;
            using var request = badCase.Build();
            using var response = await client.SendAsync(request, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            var status = (int)response.StatusCode;
            if (status >= 500) failures.Add($"{badCase.Description} → {status}");
            if (body.Contains(BadValues.ScriptMarker, StringComparison.Ordinal) || body.Contains(BadValues.AttributeMarker, StringComparison.Ordinal))
                failures.Add($"{badCase.Description} → renvoyé sans échappement");
            var after = await FingerprintAsync();
            if (status >= 400 && after != before) failures.Add($"{badCase.Description} → refusé ({status}) mais la base a changé");
            before = after; // an accepted request may change the database: the next comparison starts from there
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{endpoint} : {count} requêtes malformées");
        count.ShouldBe(BadRequests.Budget);
        failures.ShouldBeEmpty();
        factory.Errors.Entries.ShouldBeEmpty();
    }

    private static string? MostPrivilegedAllowed(AuthorizationMatrix.Row row) =>
        row.Administrator == Access.Ok ? Conseil.Web.Features.Accounts.Roles.Administrator
        : row.Secretariat == Access.Ok ? Conseil.Web.Features.Accounts.Roles.Secretariat
        : row.Member == Access.Ok ? Conseil.Web.Features.Accounts.Roles.Member
        : null;

    // The JSON body's property names come from the endpoint's declared request type.
    private List<string> ApiFields(AuthorizationMatrix.Row row)
    {
        var endpoint = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => "/" + e.RoutePattern.RawText!.TrimStart('/') == row.Pattern
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(row.Method) == true);
        var type = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        return type?.GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToList() ?? [];
    }

    // A page's fields are those of its forms, read from the page itself.
    private static async Task<(List<string> Fields, string? Token)> PageFieldsAsync(HttpClient client, AuthorizationMatrix.Row row, string? role)
    {
        var get = await client.GetAsync(row.Pattern.Contains('{', StringComparison.Ordinal) ? row.Url.Split('?')[0] : row.Pattern, Ct);
        var html = get.IsSuccessStatusCode ? await get.Content.ReadAsStringAsync(Ct) : "";
        var document = new HtmlParser().ParseDocument(html);
        var fields = document.QuerySelectorAll("form input[name], form select[name], form textarea[name]")
            .Select(e => e.GetAttribute("name")!).Where(n => n != "__RequestVerificationToken").Distinct().ToList();
        var tokenPage = html.Contains("__RequestVerificationToken", StringComparison.Ordinal) ? html
            : await client.GetStringAsync(role is null ? "/connexion" : "/", Ct);
        return (fields, TokenPattern().Match(tokenPage).Groups[1].Value);
    }

    private async Task<(long, int)> FingerprintAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var lastAudit = await db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct) ?? 0;
        return (lastAudit, await db.IdempotencyRecords.CountAsync(Ct));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
