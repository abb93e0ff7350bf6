using Conseil.Bench;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Security;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Performance;

/// <summary>
/// A page reads in a bounded number of SQL statements: never more with ten more terms of history (about tenfold
/// the people and mandates) and tenfold the dossiers (and the hearings, contributions and documents of one of the
/// member's dossiers) than with the demo content (a lookup skipped when nothing needs it may make it fewer),
/// and never more than <see cref="Ceiling"/>. The pages are the
/// matrix's GET pages (not the API nor the exports), so a new page is counted without being listed here, each read
/// as the least privileged role that may open it: signed in, so the page is rendered, not served from the output
/// cache, and with the shared reads of <see cref="ReadCache"/> dropped before the request. bench/run reports these
/// counts: with CONSEIL_STATEMENT_COUNTS set, the test writes "path count role" lines.
/// </summary>
public sealed class StatementCountTests
{
    private const int Ceiling = 12;

    // The workspace home gathers one card per feature (attention, accounts, mandates, dossiers, calls for candidates…),
    // each reading its own data: 14 for the secretariat today. A card reads in one or two statements.
    private const int HomeCeiling = 16;

    // A person's access record gathers one list per feature that holds personal data (mandates, groups, meetings,
    // votes, remarks on minutes, written procedures…), each one statement: 17 today.
    private const int PersonRecordCeiling = 18;
    private const int ExtraTerms = 10;

    public static IReadOnlyList<(string Path, string Role)> Pages()
    {
        var pages = new List<(string, string)>();
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method == "GET" && IsPage(r.Pattern)))
        {
            var role = row.Member == Access.Ok ? Roles.Member : row.Secretariat == Access.Ok ? Roles.Secretariat : null;
            if (role is not null) pages.Add((row.Url, role));
        }
        // The workspace home differs by role: the secretariat's attention list, the member's own mandate.
        pages.Add(("/espace", Roles.Secretariat));
        return pages;
    }

    private static bool IsPage(string pattern) =>
        !pattern.StartsWith("/api/", StringComparison.Ordinal) && !pattern.StartsWith("/openapi/", StringComparison.Ordinal)
        && !pattern.Contains("/export", StringComparison.Ordinal) && !pattern.EndsWith(".csv", StringComparison.Ordinal)
        && pattern != "/deconnexion";

    [Fact]
    public async Task Statements_per_request_do_not_grow_with_the_history()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var counter = new StatementCounter();
        using var site = new ConseilFactory();
        using var app = site.WithWebHostBuilder(b => b.ConfigureTestServices(
            services => services.ConfigureDbContext<AppDb>(o => o.AddInterceptors(counter))));
        var clients = new Dictionary<string, HttpClient>
        {
            [Roles.Member] = await ClientAsync(app, Roles.Member, DemoContent.MemberEmail, cancellationToken),
            [Roles.Secretariat] = await ClientAsync(app, Roles.Secretariat, DemoContent.SecretariatEmail, cancellationToken),
        };
        var pages = Pages().ToList();
        // A dossier of the member's group, and many dossiers for the dashboard: both grow tenfold below.
        var today = DateOnly.FromDateTime(site.Clock.GetUtcNow().UtcDateTime);
        int large;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            large = await DossierGenerator.AddGroupDossierAsync(db, (await db.DemoMemberAsync(cancellationToken)).Id, today, cancellationToken);
            await DossierGenerator.GrowAsync(db, large, 20, 100, 50, today, cancellationToken);
            await DossierGenerator.AddDossiersAsync(db, 200, today, cancellationToken);
        }
        pages.Add(($"/espace/dossiers/{large}", Roles.Member));

        var withDemo = new List<int>();
        var reads = app.Services.GetRequiredService<ReadCache>();
        foreach (var (path, role) in pages) withDemo.Add(await CountAsync(clients[role], counter, reads, path, cancellationToken));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            await HistoryGenerator.AddPastTermsAsync(db, ExtraTerms, cancellationToken);
            await DossierGenerator.GrowAsync(db, large, 180, 900, 450, today, cancellationToken);
            await DossierGenerator.AddDossiersAsync(db, 1800, today, cancellationToken);
        }
        var report = new List<string>();
        var faults = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (path, role) = pages[i];
            var withHistory = await CountAsync(clients[role], counter, reads, path, cancellationToken);
            // bench/run names the large dossier's page by its scenario path.
            report.Add($"{path.Replace($"/espace/dossiers/{large}", "/espace/dossiers/{large}", StringComparison.Ordinal)} {withHistory} {role}");
            var ceiling = path == "/espace" ? HomeCeiling : path.StartsWith("/espace/rgpd/personnes/", StringComparison.Ordinal) ? PersonRecordCeiling : Ceiling;
            if (withHistory > withDemo[i] || withHistory > ceiling) faults.Add($"{path} ({role}) : {withDemo[i]} → {withHistory}");
        }

        report.ShouldContain(line => line.StartsWith("/composition ", StringComparison.Ordinal) && !line.StartsWith("/composition 0 ", StringComparison.Ordinal),
            "the interceptor must see the page's queries");
        faults.ShouldBeEmpty();
        var file = Environment.GetEnvironmentVariable("CONSEIL_STATEMENT_COUNTS");
        if (!string.IsNullOrEmpty(file)) await File.AppendAllLinesAsync(file, report, cancellationToken);
    }

    /// <summary>A client signed in as the demo account of that role (the test scheme, no cookie).</summary>
    private static async Task<HttpClient> ClientAsync(
        WebApplicationFactory<Program> app, string role, string email, CancellationToken cancellationToken)
    {
        using var scope = app.Services.CreateScope();
        var userId = await scope.ServiceProvider.GetRequiredService<AppDb>().Users
            .Where(u => u.Email == email).Select(u => u.Id).SingleAsync(cancellationToken);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.RoleHeader, role);
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.UserHeader, userId);
        return client;
    }

    /// <summary>
    /// Statements of one request, after a first one has warmed caches (data protection keys, model), but with the shared
    /// reads dropped (<see cref="ReadCache"/>): what the first reader after a change pays, the page's real cost.
    /// </summary>
    private static async Task<int> CountAsync(HttpClient client, StatementCounter counter, ReadCache reads, string path, CancellationToken cancellationToken)
    {
        ((int)(await client.GetAsync(path, cancellationToken)).StatusCode).ShouldBeLessThan(500, path);
        reads.EvictAll();
        counter.Reset();
        ((int)(await client.GetAsync(path, cancellationToken)).StatusCode).ShouldBeLessThan(500, path);
        return counter.Count;
    }
}
