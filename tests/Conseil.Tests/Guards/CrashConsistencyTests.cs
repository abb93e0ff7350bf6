using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Infrastructure.Idempotency;

namespace Conseil.Tests.Guards;

/// <summary>
/// Writes to the real server process while it is killed with SIGKILL at random moments, then restarts it on the
/// same database: every acknowledged write is there exactly once, the unacknowledged ones at most once (and
/// exactly once after the client retries with its key), and the database is consistent. On SQLite, acknowledged
/// means durable. CONSEIL_CRASH_ROUNDS sets the number of kills (5 by default).
/// </summary>
public sealed class CrashConsistencyTests : IDisposable
{
    private const int Writers = 4;
    private readonly TestDatabase database = new();
    private readonly CookieContainer cookies = new();

    // Client-generated key of each write sent → whether the server acknowledged it (answered 201).
    private readonly ConcurrentDictionary<Guid, bool> writes = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Rounds =>
        int.TryParse(Environment.GetEnvironmentVariable("CONSEIL_CRASH_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 5;

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Acknowledged_writes_survive_sigkill_exactly_once_and_the_database_stays_consistent()
    {
        var app = await AppProcess.StartAsync(database, Ct);
        try
        {
            using (var client = ClientOf(app)) await TestAccounts.SignInAsync(client, DemoContent.SecretariatEmail);
            var report = new CrashReport();
            for (var round = 1; round <= Rounds; round++)
            {
                using (var client = ClientOf(app))
                {
                    var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    var writers = Enumerable.Range(0, Writers).Select(_ => WriteUntilKilledAsync(client, flowing)).ToList();
                    // The clock starts at the first acknowledgement, so the kill lands among writes, not during warm-up.
                    await flowing.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
                    await Task.Delay(Random.Shared.Next(50, 501), Ct);
                    await app.KillAsync();
                    report.Kills++;
                    await Task.WhenAll(writers);
                }
                await app.DisposeAsync();
                app = await AppProcess.StartAsync(database, Ct);
                await VerifyAsync(app, report);
            }
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{database.Provider}: {writes.Count} writes, {writes.Count - report.Unacknowledged} acknowledged before a kill, " +
                $"{report.Kills} kills, {report.Unacknowledged} cut off ({report.UnacknowledgedPresent} of them saved, all saved once after a retry), " +
                $"{report.Losses} losses, {report.Duplicates} duplicates");
            report.Losses.ShouldBe(0);
            report.Duplicates.ShouldBe(0);
            (writes.Count - report.Unacknowledged).ShouldBeGreaterThan(0);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private HttpClient ClientOf(AppProcess app) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Sends new people, one after the other, until the server dies under it.</summary>
    private async Task WriteUntilKilledAsync(HttpClient client, TaskCompletionSource flowing)
    {
        while (true)
        {
            var key = Guid.NewGuid();
            writes[key] = false;
            HttpStatusCode status;
            try
            {
                using var response = await PostPersonAsync(client, key);
                status = response.StatusCode;
            }
            catch (HttpRequestException)
            {
                return;
            }
            status.ShouldBe(HttpStatusCode.Created);
            writes[key] = true;
            flowing.TrySetResult();
        }
    }

    private static Task<HttpResponseMessage> PostPersonAsync(HttpClient client, Guid key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/people")
        {
            Content = JsonContent.Create(new { givenName = "Crash", familyName = $"Crash-{key}" }),
        };
        request.Headers.Add(IdempotencyKey.Header, key.ToString());
        return client.SendAsync(request, Ct);
    }

    /// <summary>Counts every key's person, retries the unacknowledged writes with their keys, checks the database.</summary>
    private async Task VerifyAsync(AppProcess app, CrashReport report)
    {
        var counts = await CrashDatabase.CountPeopleByKeyAsync(database, Ct);
        var unacknowledged = new List<Guid>();
        foreach (var (key, acknowledged) in writes)
        {
            var count = counts.GetValueOrDefault(key);
            if (count > 1) report.Duplicates++;
            if (!acknowledged)
            {
                unacknowledged.Add(key);
                report.Unacknowledged++;
                if (count == 1) report.UnacknowledgedPresent++;
            }
            else if (count == 0) report.Losses++;
        }
        using (var client = ClientOf(app))
        {
            foreach (var key in unacknowledged)
            {
                using var retry = await PostPersonAsync(client, key);
                retry.StatusCode.ShouldBe(HttpStatusCode.Created);
                writes[key] = true;
            }
        }

        counts = await CrashDatabase.CountPeopleByKeyAsync(database, Ct);
        writes.Keys.Where(key => counts.GetValueOrDefault(key) != 1).ShouldBeEmpty("chaque écriture doit exister exactement une fois");
        (await CrashDatabase.ProblemsAsync(database, Ct)).ShouldBeEmpty();
    }

    private sealed class CrashReport
    {
        public int Kills { get; set; }
        public int Unacknowledged { get; set; }
        public int UnacknowledgedPresent { get; set; }
        public int Losses { get; set; }
        public int Duplicates { get; set; }
    }
}
