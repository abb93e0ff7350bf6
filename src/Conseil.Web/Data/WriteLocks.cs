using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Conseil.Web.Data;

/// <summary>
/// For writes that check the current state then change it (a seat's mandates, a body's members): two requests
/// must not both pass the check. SQLite's transactions already take the write lock at BEGIN (IMMEDIATE);
/// PostgreSQL's read committed lets two transactions check at once, so writers queue on advisory locks held
/// until commit.
/// </summary>
public static class WriteLocks
{
    /// <summary>
    /// Begins a transaction, or joins the caller's (an Idempotency-Key request; then returns null and the caller
    /// commits), and takes the named locks in the order given: callers keep one order, so none deadlocks.
    /// </summary>
    public static async Task<IDbContextTransaction?> BeginLockedAsync(this AppDb db, IEnumerable<string> locks, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (!db.Database.IsNpgsql()) return transaction;
        foreach (var name in locks)
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({name}))", cancellationToken);
        return transaction;
    }
}
