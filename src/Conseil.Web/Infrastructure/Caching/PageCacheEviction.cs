using Conseil.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// Drops the cached pages and shared reads (<see cref="ReadCache"/>) of some tags in this process and, on PostgreSQL,
/// tells the other web processes to do the same (NOTIFY on <see cref="Channel"/>, heard by
/// <see cref="PageCacheListener"/>): no cache server is needed.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store, ReadCache reads, MigrationTarget database, ILogger<PageCacheEviction> logger)
{
    public const string Channel = "conseil_page_cache";

    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        await EvictHereAsync(tags, cancellationToken);
        if (database.Provider != DatabaseProvider.Postgres) return;
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @tags)", connection);
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("tags", string.Join(',', tags));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException e)
        {
            // The change is committed: the other processes catch up when their listener reconnects (it evicts all).
            logger.LogWarning(e, "Les autres processus n'ont pas été prévenus du changement ({Tags}).", string.Join(',', tags));
        }
    }

    public async Task EvictHereAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            reads.Evict(tag);
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    /// <summary>Everything this process holds, pages and shared reads: what it missed may have changed any of them.</summary>
    public async Task EvictEverythingHereAsync(CancellationToken cancellationToken)
    {
        reads.EvictAll();
        await EvictHereAsync(PageCacheTags.All, cancellationToken);
    }
}
