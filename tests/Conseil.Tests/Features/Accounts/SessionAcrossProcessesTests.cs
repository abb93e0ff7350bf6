using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Npgsql;

namespace Conseil.Tests.Features.Accounts;

/// <summary>
/// Two real server processes on one PostgreSQL database: a session checked a moment ago by one process is refused by
/// it as soon as the other deactivates the account (its save evicts the session's state there too, by NOTIFY), well
/// before the lifetime of that state. SQLite serves one process per database file: DeactivationTests covers it.
/// </summary>
public sealed class SessionAcrossProcessesTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);
    private readonly TestDatabase database = new(DatabaseProvider.Postgres);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task An_account_deactivated_through_one_process_loses_its_session_on_the_other()
    {
        await using var writer = await AppProcess.StartAsync(database, Ct);
        await using var reader = await AppProcess.StartAsync(database, Ct);
        using var member = Client(reader.BaseAddress);
        await TestAccounts.SignInAsync(member, DemoContent.MemberEmail);
        (await member.GetAsync("/espace", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.GetAsync("/espace", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var secretariat = Client(writer.BaseAddress);
        await TestAccounts.SignInAsync(secretariat, DemoContent.SecretariatEmail);
        var id = await MemberIdAsync();
        (await Forms.PostAsync(secretariat, $"/espace/comptes/{id}", new Dictionary<string, string>(),
            action: $"/espace/comptes/{id}?handler=Deactivate")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage next;
        do
        {
            await Task.Delay(100, Ct);
            next = await member.GetAsync("/espace", Ct);
        }
        while (next.StatusCode == HttpStatusCode.OK && waited.Elapsed < Within);
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"the other process still accepted the session after {Within}:\n{reader.Log}");
        next.Headers.Location!.OriginalString.ShouldContain("/connexion");
    }

    private static HttpClient Client(Uri baseAddress) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    private async Task<string> MemberIdAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"Email\" = @email", connection);
        command.Parameters.AddWithValue("email", DemoContent.MemberEmail);
        return (string)(await command.ExecuteScalarAsync(Ct))!;
    }
}
