using System.Net;
using System.Net.Http.Json;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Npgsql;

namespace Conseil.Tests.Infrastructure.Caching;

/// <summary>
/// Two real server processes on one PostgreSQL database: a change saved through one is on the other's cached
/// public page within a few seconds (NOTIFY, then the other's listener evicts). It runs on PostgreSQL in every
/// pass of the suite: SQLite serves one process per database file, so there is no other process to tell.
/// </summary>
public sealed class PageCacheAcrossProcessesTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);
    private readonly TestDatabase database = new(DatabaseProvider.Postgres);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_change_saved_by_one_process_evicts_the_page_cached_by_the_other()
    {
        await using var writer = await AppProcess.StartAsync(database, Ct);
        await using var reader = await AppProcess.StartAsync(database, Ct);
        using var visitor = new HttpClient { BaseAddress = reader.BaseAddress };
        var (id, givenName, familyName) = await MemberAsync();
        (await visitor.GetStringAsync("/composition", Ct)).ShouldContain(familyName);

        // Behind the application's back: the reader's cached page does not change, which shows it is cached.
        await ExecuteAsync("UPDATE \"Bodies\" SET \"Description\" = 'Écrit hors application'");
        (await visitor.GetStringAsync("/composition", Ct)).ShouldNotContain("Écrit hors application");

        using var secretariat = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = writer.BaseAddress,
        };
        await TestAccounts.SignInAsync(secretariat, DemoContent.SecretariatEmail);
        using var saved = await secretariat.PutAsJsonAsync($"/api/people/{id}", new { givenName, familyName = "Renommée", gender = "Female" }, Ct);
        saved.EnsureSuccessStatusCode();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        string page;
        do
        {
            await Task.Delay(100, Ct);
            page = await visitor.GetStringAsync("/composition", Ct);
        }
        while (!page.Contains("Renommée", StringComparison.Ordinal) && waited.Elapsed < Within);
        page.ShouldContain("Renommée", customMessage: $"the other process still served its cached page after {Within}:\n{reader.Log}");
        page.ShouldContain("Écrit hors application");
    }

    private async Task<(int Id, string GivenName, string FamilyName)> MemberAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT p.\"Id\", p.\"GivenName\", p.\"FamilyName\" FROM \"Mandates\" m JOIN \"People\" p ON p.\"Id\" = m.\"PersonId\" " +
            "WHERE m.\"Status\" = 'Active' AND m.\"StartDate\" <= CURRENT_DATE AND CURRENT_DATE <= m.\"EndDate\" ORDER BY m.\"Id\" LIMIT 1",
            connection);
        await using var row = await command.ExecuteReaderAsync(Ct);
        (await row.ReadAsync(Ct)).ShouldBeTrue("the demo content has a member today");
        return (row.GetInt32(0), row.GetString(1), row.GetString(2));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
