using Conseil.Bench;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Performance;

/// <summary>
/// A public page reads in a fixed number of SQL statements: the same with the demo content as with ten more
/// terms of history (about tenfold the people and mandates), and never more than <see cref="Ceiling"/>.
/// bench/run reports these counts: with CONSEIL_STATEMENT_COUNTS set, each case appends "path count" to that file.
/// </summary>
public sealed class StatementCountTests
{
    private const int Ceiling = 10;
    private const int ExtraTerms = 10;

    public static readonly TheoryData<string> Pages = new() { "/", "/composition" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Statements_per_request_do_not_grow_with_the_history(string path)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var counter = new StatementCounter();
        using var site = new ConseilFactory();
        using var app = site.WithWebHostBuilder(b => b.ConfigureTestServices(
            services => services.ConfigureDbContext<AppDb>(o => o.AddInterceptors(counter))));
        var client = app.CreateClient();

        var withDemo = await CountAsync(client, counter, path, cancellationToken);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            await HistoryGenerator.AddPastTermsAsync(db, ExtraTerms, cancellationToken);
        }
        var withHistory = await CountAsync(client, counter, path, cancellationToken);

        withDemo.ShouldBeGreaterThan(0, "the interceptor must see the page's queries");
        withHistory.ShouldBe(withDemo);
        withHistory.ShouldBeLessThanOrEqualTo(Ceiling);
        await ReportAsync(path, withHistory, cancellationToken);
    }

    /// <summary>Statements of one request, after a first one has warmed caches (data protection keys, model).</summary>
    private static async Task<int> CountAsync(HttpClient client, StatementCounter counter, string path, CancellationToken cancellationToken)
    {
        (await client.GetAsync(path, cancellationToken)).EnsureSuccessStatusCode();
        counter.Reset();
        (await client.GetAsync(path, cancellationToken)).EnsureSuccessStatusCode();
        return counter.Count;
    }

    private static async Task ReportAsync(string path, int count, CancellationToken cancellationToken)
    {
        var file = Environment.GetEnvironmentVariable("CONSEIL_STATEMENT_COUNTS");
        if (!string.IsNullOrEmpty(file)) await File.AppendAllTextAsync(file, $"{path} {count}\n", cancellationToken);
    }
}
