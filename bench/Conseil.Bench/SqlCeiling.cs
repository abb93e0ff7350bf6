using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Conseil.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Conseil.Bench;

/// <summary>
/// The raw indexed query ceiling: the 20 latest mandates of a random seat (index IX_Mandates_SeatId_StartDate),
/// through the bare ADO.NET provider, each iteration taking a pooled connection as a request would.
/// Prints one JSON object in the shape bench/run writes for every scenario.
/// </summary>
internal static class SqlCeiling
{
    private const string Query = """SELECT "Id", "PersonId", "StartDate" FROM "Mandates" WHERE "SeatId" = @s ORDER BY "StartDate" DESC LIMIT 20""";

    public static async Task<int> RunAsync(DatabaseProvider provider, string connectionString, int seconds, int workers)
    {
        var seats = await SeatIdsAsync(provider, connectionString);
        var until = Stopwatch.GetTimestamp() + seconds * Stopwatch.Frequency;
        var timings = await Task.WhenAll(Enumerable.Range(0, workers)
            .Select(w => Task.Run(() => WorkerAsync(provider, connectionString, seats, until, new Random(w)))));
        var all = timings.SelectMany(t => t).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"scenario":"sql","path":null,"requests_per_second":{{all.Length / (double)seconds:F1}},"p50_ms":{{Milliseconds(all, 0.50):F3}},"p99_ms":{{Milliseconds(all, 0.99):F3}}}"""));
        return 0;
    }

    private static async Task<List<long>> WorkerAsync(DatabaseProvider provider, string connectionString, int[] seats, long until, Random random)
    {
        var timings = new List<long>();
        while (Stopwatch.GetTimestamp() < until)
        {
            var start = Stopwatch.GetTimestamp();
            await using (var connection = Open(provider, connectionString))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = Query;
                var seat = command.CreateParameter();
                seat.ParameterName = "s";
                seat.Value = seats[random.Next(seats.Length)];
                command.Parameters.Add(seat);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) _ = reader.GetInt32(0);
            }
            timings.Add(Stopwatch.GetTimestamp() - start);
        }
        return timings;
    }

    private static async Task<int[]> SeatIdsAsync(DatabaseProvider provider, string connectionString)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id" FROM "Seats" """;
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
        return ids.Count > 0 ? [.. ids] : throw new InvalidOperationException("No seats: generate the data set first.");
    }

    private static DbConnection Open(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(connectionString);

    private static double Milliseconds(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(quantile * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
