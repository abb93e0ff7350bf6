using Conseil.Web.Data;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// The retention of contributions (register: « Contributions reçues »): the contributor's name and address are cleared
/// <see cref="RetentionOptions.ContributorContactMonths"/> after receipt; the text as received of a contribution that
/// was redacted is deleted <see cref="RetentionOptions.HeldOriginalDays"/> after its redaction (or after its rejection,
/// for one rejected without being redacted). The audit log's copies of these values are scrubbed in the same transaction.
/// </summary>
public sealed class ContributionRetention(IOptions<RetentionOptions> options, ILogger<ContributionRetention> logger) : IRetentionStep
{
    private const int Batch = 100;

    private static readonly HashSet<string> ContactFields = [nameof(Contribution.AuthorName), nameof(Contribution.AuthorEmail)];

    // The title and the shared text too: their earlier versions, in the log, may be what the redaction removed.
    private static readonly HashSet<string> TextFields =
        [nameof(Contribution.OriginalText), nameof(Contribution.SharedText), nameof(Contribution.Title)];

    public async Task ApplyAsync(AppDb db, DateOnly today, CancellationToken ct)
    {
        var o = options.Value;
        var contactCutoff = Midnight(today.AddMonths(-o.ContributorContactMonths));
        var originalCutoff = Midnight(today.AddDays(-o.HeldOriginalDays));
        var contacts = await ClearAsync(db,
            db.Contributions.Where(c => c.ReceivedAt < contactCutoff && (c.AuthorName != "" || c.AuthorEmail != null)),
            c => (c.AuthorName, c.AuthorEmail) = ("", null), ContactFields, ct);
        var originals = await ClearAsync(db,
            db.Contributions.Where(c => c.OriginalText != null && ((c.RedactedAt != null && c.RedactedAt < originalCutoff)
                || (c.Status == ContributionStatus.Rejected && c.DecidedAt != null && c.DecidedAt < originalCutoff))),
            c => c.OriginalText = null, TextFields, ct);
        if (contacts + originals > 0)
            logger.LogInformation("Conservation RGPD : {Contacts} coordonnées de contributeurs effacées, {Originals} textes originaux de contributions supprimés",
                contacts, originals);
    }

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>By batches through the change tracker (each change is logged), then the log's copies of the values are scrubbed.</summary>
    private static async Task<int> ClearAsync(AppDb db, IQueryable<Contribution> due, Action<Contribution> clear, HashSet<string> fields,
        CancellationToken ct)
    {
        var cleared = 0;
        while (await due.OrderBy(c => c.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
        {
            await using (var unit = await db.JoinOrBeginTransactionAsync(ct))
            {
                foreach (var contribution in batch) clear(contribution);
                await db.SaveChangesAsync(ct);
                await AuditScrubber.ScrubAsync(db, nameof(Contribution), [.. batch.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], fields, ct);
                await unit.CommitAsync(ct);
            }
            foreach (var contribution in batch) db.Entry(contribution).State = EntityState.Detached;
            cleared += batch.Count;
        }
        return cleared;
    }
}
