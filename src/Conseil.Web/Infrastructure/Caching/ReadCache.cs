using System.Collections.Concurrent;
using System.Diagnostics;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// Results of reads that many requests share (the composition of the day, a member's card, an account's session
/// state), kept in this process's memory under a tag of <see cref="PageCacheTags"/> and dropped with it: the save path
/// evicts a tag after the commit, here and, on PostgreSQL, in the other processes (<see cref="PageCacheEviction"/>),
/// so the very next request reads the change. A read that began before an eviction is never stored after it: each tag
/// has a generation, replaced on eviction, and a value goes into the generation its read started from.
/// A cached value is shared by every request: it is read, never changed (entities read with AsNoTracking).
/// Lifetimes are a safety net for writes that bypass SaveChanges; they run on the machine's clock, not the business
/// <see cref="TimeProvider"/> that tests move.
/// </summary>
public sealed class ReadCache
{
    /// <summary>Beyond this many keys under one tag (dates of the API, people), the tag's values are dropped.</summary>
    private const int MaxEntriesPerTag = 1024;

    private readonly ConcurrentDictionary<string, Generation> generations = new(StringComparer.Ordinal);

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<object, Entry> Entries = new();
    }

    private sealed record Entry(object? Value, long ExpiresAt);

    /// <summary>The value stored under the tag and key, or what <paramref name="read"/> returns, stored for <paramref name="lifetime"/>.</summary>
    public async Task<T> GetOrReadAsync<T>(string tag, object key, TimeSpan lifetime, Func<CancellationToken, Task<T>> read,
        CancellationToken cancellationToken, bool fresh = false)
    {
        var generation = generations.GetOrAdd(tag, static _ => new Generation());
        var entryKey = (typeof(T), key);
        if (!fresh && generation.Entries.TryGetValue(entryKey, out var entry) && entry.ExpiresAt > Stopwatch.GetTimestamp())
            return (T)entry.Value!;
        var value = await read(cancellationToken);
        if (generation.Entries.Count >= MaxEntriesPerTag) generation.Entries.Clear();
        generation.Entries[entryKey] = new Entry(value, Stopwatch.GetTimestamp() + (long)(lifetime.TotalSeconds * Stopwatch.Frequency));
        return value;
    }

    public void Evict(string tag) => generations.TryRemove(tag, out _);

    public void EvictAll() => generations.Clear();
}
