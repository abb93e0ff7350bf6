using Conseil.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>
/// Reserves a batch of due messages for this process by setting their lease (ClaimedUntil). Several processes may
/// share one database: a message is claimed by one of them at a time.
/// </summary>
public static class OutboxClaim
{
    public static async Task<List<int>> ClaimAsync(AppDb db, DateTime now, DateTime until, int batchSize, CancellationToken ct)
    {
        return db.Database.IsNpgsql()
            ? await ClaimOnPostgresAsync(db, now, until, batchSize, ct)
            : await ClaimOnSqliteAsync(db, now, until, batchSize, ct);
    }

    // SKIP LOCKED: two processes claiming at once take different rows instead of waiting for each other.
    private static Task<List<int>> ClaimOnPostgresAsync(AppDb db, DateTime now, DateTime until, int batchSize, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"""
            UPDATE "OutboxMessages" SET "ClaimedUntil" = {until}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {now} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {now})
                ORDER BY "Id" LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);

    // SQLite has one writer at a time: BEGIN IMMEDIATE takes the write lock before reading, so the rows read are
    // still unclaimed when they are updated, and a second process waits (busy timeout) instead of racing.
    private static async Task<List<int>> ClaimOnSqliteAsync(AppDb db, DateTime now, DateTime until, int batchSize, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
            await db.Database.UseTransactionAsync(transaction, ct);
            var ids = await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(batchSize)
                .ToListAsync(ct);
            if (ids.Count > 0)
                await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), ct);
            await transaction.CommitAsync(ct);
            await db.Database.UseTransactionAsync(null, ct);
            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
