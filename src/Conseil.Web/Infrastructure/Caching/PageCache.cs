using Conseil.Web.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace Conseil.Web.Infrastructure.Caching;

/// <summary>
/// Public pages that anonymous visitors read are served from the framework's output cache. A page opts in with
/// <c>[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCacheTags.X])]</c>; saving a record of a type
/// <see cref="PageCacheTags"/> maps to X evicts it (<see cref="PageCacheInvalidation"/>).
/// The framework's default rules still apply: GET or HEAD, status 200, no signed-in user, no Authorization header,
/// and a response that sets a cookie is never stored.
/// </summary>
public static class PageCache
{
    public const string Policy = "public-page";

    /// <summary>A safety net only: evictions make changes visible at once.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Eviction on save, for every process that writes (also the bench and the command line tools).</summary>
    public static IServiceCollection AddPageCacheEviction(this IServiceCollection services, DatabaseProvider provider)
    {
        services.AddOutputCache();
        services.AddSingleton<ReadCache>();
        services.AddSingleton<PageCacheEviction>();
        services.AddSingleton<PageCacheInvalidation>();
        if (provider == DatabaseProvider.Postgres) services.AddHostedService<PageCacheListener>();
        return services;
    }

    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            .Expire(Lifetime)
            // What is "current" changes at midnight without any save: a page is cached for one day's date.
            .VaryByValue(http => new KeyValuePair<string, string>("jour", Today(http)))
            .AddPolicy<NoRenderedNonce>()));
        return services;
    }

    private static string Today(HttpContext http) =>
        DateOnly.FromDateTime(http.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().Date).ToString("O");

    /// <summary>
    /// A nonce belongs to one response: a page that rendered one (an inline block) is never stored, since the next
    /// visitor's CSP header carries another nonce.
    /// </summary>
    private sealed class NoRenderedNonce : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.RequestServices.GetRequiredService<CspNonce>().Rendered) context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}
