using Conseil.Web.Data;
using Npgsql;

namespace Conseil.Tests.Support;

/// <summary>
/// A fresh database for one test host: empty, or a copy of a template already migrated and seeded. The provider comes
/// from CONSEIL_TEST_DB (sqlite by default, or postgres with CONSEIL_TEST_PG holding an admin connection string);
/// test.sh runs the suite with each.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    private readonly string? sqliteFile;
    private readonly string? postgresName;

    public static DatabaseProvider CurrentProvider =>
        string.Equals(Environment.GetEnvironmentVariable("CONSEIL_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    private static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("CONSEIL_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres";

    public TestDatabase() : this(CurrentProvider)
    {
    }

    /// <summary>A database of the given provider, whatever the run's: for what only one provider has.</summary>
    public TestDatabase(DatabaseProvider provider) : this(provider, create: true)
    {
    }

    private TestDatabase(DatabaseProvider provider, bool create)
    {
        Provider = provider;
        if (Provider == DatabaseProvider.Postgres)
        {
            postgresName = "conseil_test_" + Guid.NewGuid().ToString("N")[..12];
            if (create) Admin($"CREATE DATABASE {postgresName}");
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = postgresName }.ConnectionString;
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "conseil-tests");
            Directory.CreateDirectory(folder);
            sqliteFile = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={sqliteFile};Default Timeout=30;Pooling=False";
        }
    }

    /// <summary>
    /// A copy of <paramref name="template"/>, which no connection may hold open: the SQLite file (and its journal)
    /// copied, or PostgreSQL's CREATE DATABASE … TEMPLATE. PostgreSQL copies one at a time from a template.
    /// </summary>
    public TestDatabase(TestDatabase template) : this(template.Provider, create: false)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            lock (PostgresCopies) Admin($"CREATE DATABASE {postgresName} TEMPLATE {template.postgresName}");
            return;
        }
        foreach (var suffix in new[] { "", "-wal" })
            if (File.Exists(template.sqliteFile + suffix)) File.Copy(template.sqliteFile + suffix, sqliteFile + suffix);
    }

    private static readonly object PostgresCopies = new();

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresAdmin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Admin($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)");
        }
        if (sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try { File.Delete(sqliteFile + suffix); } catch (IOException) { /* still open: the temp folder is cleaned by the OS */ }
            }
        }
    }
}
