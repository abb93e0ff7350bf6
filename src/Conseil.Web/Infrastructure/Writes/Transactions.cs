using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Conseil.Web.Infrastructure.Writes;

/// <summary>
/// One way to make several saves atomic: join the caller's transaction when there is one (an Idempotency-Key
/// request, a larger write), or begin one. Commit only commits a transaction this call began.
/// </summary>
public static class Transactions
{
    public static async Task<UnitOfWork> JoinOrBeginTransactionAsync(this AppDb db, CancellationToken cancellationToken = default) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    public sealed class UnitOfWork(IDbContextTransaction? owned) : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken cancellationToken = default) =>
            owned?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

        public ValueTask DisposeAsync() => owned?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
