using Conseil.Web.Data;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// A feature's own retention rule, run by <see cref="RetentionRules"/> after its own rules (so by the daily job and
/// by whoever applies the rules). Registered by the feature: <c>services.AddSingleton&lt;IRetentionStep, T&gt;()</c>.
/// Idempotent, like the rules: a second run the same day changes nothing.
/// </summary>
public interface IRetentionStep
{
    Task ApplyAsync(AppDb db, DateOnly today, CancellationToken ct);
}
