using Conseil.Web.Data;
using Npgsql;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// On PostgreSQL, listens for the evictions other web processes announce (<see cref="PageCacheEviction.Channel"/>)
/// and applies them here. After each (re)connection it evicts everything (pages and shared reads): notifications
/// sent while it was not listening are lost, so what it holds may be stale.
/// </summary>
public sealed class PageCacheListener(PageCacheEviction eviction, MigrationTarget database, ILogger<PageCacheListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when ((e is NpgsqlException or IOException or TimeoutException) && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Écoute des changements des autres processus interrompue ; nouvel essai.");
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) =>
            eviction.EvictHereAsync(e.Payload.Split(',', StringSplitOptions.RemoveEmptyEntries), CancellationToken.None)
                .GetAwaiter().GetResult();
        await using (var listen = new NpgsqlCommand($"LISTEN {PageCacheEviction.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        await eviction.EvictEverythingHereAsync(stoppingToken);
        while (true) await connection.WaitAsync(stoppingToken);
    }
}
