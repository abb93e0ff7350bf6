using Conseil.Web.Infrastructure.Caching;

namespace Conseil.Tests.Infrastructure.Caching;

/// <summary>
/// The shared reads: a value is read once and then served; evicting its tag makes the next request read again; a read
/// that began before an eviction (it may have seen the data before the commit) is never served after it.
/// </summary>
public sealed class ReadCacheTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_value_is_read_once_until_its_tag_is_evicted()
    {
        var cache = new ReadCache();
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(++reads);

        (await cache.GetOrReadAsync("t", 1, Long, Read, Ct)).ShouldBe(1);
        (await cache.GetOrReadAsync("t", 1, Long, Read, Ct)).ShouldBe(1);
        cache.Evict("autre");
        (await cache.GetOrReadAsync("t", 1, Long, Read, Ct)).ShouldBe(1);
        cache.Evict("t");
        (await cache.GetOrReadAsync("t", 1, Long, Read, Ct)).ShouldBe(2);
        (await cache.GetOrReadAsync("t", 1, Long, Read, Ct, fresh: true)).ShouldBe(3);
        (await cache.GetOrReadAsync("t", 1, Long, Read, Ct)).ShouldBe(3);
        cache.EvictAll();
        (await cache.GetOrReadAsync("t", 1, Long, Read, Ct)).ShouldBe(4);
    }

    [Fact]
    public async Task A_read_that_began_before_an_eviction_is_not_kept()
    {
        var cache = new ReadCache();
        var reading = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var stale = cache.GetOrReadAsync("t", 1, Long, async _ =>
        {
            reading.SetResult();
            await release.Task;
            return "avant";
        }, Ct);
        await reading.Task;
        cache.Evict("t");
        release.SetResult();
        (await stale).ShouldBe("avant");

        (await cache.GetOrReadAsync("t", 1, Long, _ => Task.FromResult("après"), Ct)).ShouldBe("après");
    }

    [Fact]
    public async Task A_value_expires_after_its_lifetime()
    {
        var cache = new ReadCache();
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(++reads);

        (await cache.GetOrReadAsync("t", 1, TimeSpan.FromMilliseconds(50), Read, Ct)).ShouldBe(1);
        await Task.Delay(100, Ct);
        (await cache.GetOrReadAsync("t", 1, TimeSpan.FromMilliseconds(50), Read, Ct)).ShouldBe(2);
    }
}
