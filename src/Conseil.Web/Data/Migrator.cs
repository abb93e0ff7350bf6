using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Conseil.Web.Data;

/// <summary>
/// Applies the versioned SQL files of the current provider (embedded Data/Migrations/&lt;Provider&gt;/NNNN_name.sql)
/// in order, each in its own transaction with its row in schema_migrations. Several processes starting
/// at once are serialised by a lock (an advisory lock on PostgreSQL, a write lock on SQLite).
/// </summary>
public sealed class Migrator(MigrationTarget target, ILogger<Migrator> logger)
{
    public sealed record Migration(string Version, string Name, string Sql);

    public static IReadOnlyList<Migration> Available(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"{assembly.GetName().Name}.Data.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4])
            .Order(StringComparer.Ordinal)
            .Select(name => new Migration(name.Split('_')[0], name, Read(assembly, prefix + name + ".sql")))
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        if (target.Provider == DatabaseProvider.Sqlite) await Execute(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        // Under the lock too: two concurrent CREATE TABLE IF NOT EXISTS can collide on PostgreSQL's catalogue.
        await using (var setup = await BeginLocked(connection, cancellationToken))
        {
            await Execute(connection, setup,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(20) PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL);",
                cancellationToken);
            await setup.CommitAsync(cancellationToken);
        }

        var applied = new List<string>();
        foreach (var migration in Available(target.Provider))
        {
            await using var transaction = await BeginLocked(connection, cancellationToken);
            if (await IsApplied(connection, transaction, migration.Version, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }
            await Execute(connection, transaction, migration.Sql, cancellationToken);
            await Execute(connection, transaction,
                $"INSERT INTO schema_migrations (version, name, applied_at) VALUES ('{migration.Version}', '{migration.Name}', '{DateTime.UtcNow:O}');",
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Migration {Migration} appliquée", migration.Name);
            applied.Add(migration.Name);
        }
        return applied;
    }

    private DbConnection Open() => target.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(target.ConnectionString)
        : new SqliteConnection(target.ConnectionString);

    private async Task<DbTransaction> BeginLocked(DbConnection connection, CancellationToken cancellationToken)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // BEGIN IMMEDIATE takes the write lock now, so a second process waits instead of racing.
            var sqliteTransaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
            return sqliteTransaction;
        }
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(7242016);", cancellationToken);
        return transaction;
    }

    private static async Task<bool> IsApplied(DbConnection connection, DbTransaction transaction, string version, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM schema_migrations WHERE version = '{version}'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
