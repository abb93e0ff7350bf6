using System.Globalization;
using System.Threading.RateLimiting;
using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// The public form's own limit: a few contributions per address within ten minutes (RateLimits:ContributionsPerTenMinutes,
/// 5 by default); reading the form is not counted. Beyond it, a French 429 page that says how to get the text back.
/// </summary>
public static class ContributionRateLimit
{
    public const string Policy = "contributions";

    public const string Refusal = "Plusieurs contributions ont déjà été envoyées depuis votre connexion ces dernières minutes. "
        + "Celle-ci n'a pas été enregistrée : revenez à la page précédente pour retrouver votre texte, puis envoyez-la de nouveau dans une dizaine de minutes.";

    public static void Add(WebApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue("RateLimits:ContributionsPerTenMinutes", new ContributionOptions().PostsPerWindow);
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy(Policy, new Limit(permits)));
    }

    private sealed class Limit(int permits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return new(ErrorResponses.Write(context.HttpContext, StatusCodes.Status429TooManyRequests, Refusal));
        };

        public RateLimitPartition<string> GetPartition(HttpContext http) => HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "inconnu",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = ContributionOptions.Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("lecture");
    }
}
