using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// The save path's hook: the types of the records a context adds, changes or deletes are noted when it saves, and
/// their pages evicted once the change is committed (its own transaction, EF's, or an outer one a write path began),
/// so the very next request reads the change. A rolled-back or failed save evicts nothing.
/// </summary>
public sealed class PageCacheInvalidation(PageCacheEviction eviction) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) FlushAsync(context).GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) await FlushAsync(context);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) pending.Remove(context);
        return Task.CompletedTask;
    }

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        eventData.Context is { } context ? FlushAsync(context) : Task.CompletedTask;

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) FlushAsync(context).GetAwaiter().GetResult();
    }

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) pending.Remove(context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) pending.Remove(context);
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var tags = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e => PageCacheTags.For(e));
        pending.GetOrCreateValue(context).UnionWith(tags);
    }

    // Never the request's token: the change is committed, its pages must go even if the client has left.
    private async Task FlushAsync(DbContext context)
    {
        if (!pending.TryGetValue(context, out var tags)) return;
        pending.Remove(context);
        if (tags.Count > 0) await eviction.EvictAsync([.. tags], CancellationToken.None);
    }
}
