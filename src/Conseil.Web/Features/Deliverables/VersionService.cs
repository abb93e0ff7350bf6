using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables;

/// <summary>
/// Saves versions of a draft and reads them back. A version is the whole text (<see cref="DraftSnapshot"/>) and its
/// SHA-256; one identical to the latest is refused, as there is nothing new to keep.
/// </summary>
public sealed class VersionService(AppDb db, DraftEditor drafts, TimeProvider clock)
{
    public async Task<WriteResult<DeliverableVersion>> SaveAsync(DossierSpace dossier, int deliverableId, VersionInput input, CancellationToken ct)
    {
        await using var transaction = await drafts.LockAsync(deliverableId, ct);
        if (await drafts.LoadAsync(dossier.Id, deliverableId, ct) is not { } deliverable) return WriteResult<DeliverableVersion>.NotFound();
        if (deliverable.IsAdopted) return WriteResult<DeliverableVersion>.Conflict("", Adoption.AdoptionService.Frozen(deliverable));
        var (version, latest) = await KeepAsync(deliverable, input.Note?.Trim() ?? "", dossier.ActorName, ct);
        if (version is null)
            return WriteResult<DeliverableVersion>.Conflict("", $"Le texte n'a pas changé depuis la version n° {latest} : il n'y a rien de nouveau à enregistrer.");
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<DeliverableVersion>.Saved(version);
    }

    /// <summary>
    /// Adds a version of the draft as it is in memory (the caller saves, under the deliverable's lock), or none when the
    /// text is the latest version's; returns it with the latest number before it.
    /// </summary>
    public async Task<(DeliverableVersion? Version, int Latest)> KeepAsync(Deliverable deliverable, string note, string savedBy, CancellationToken ct)
    {
        var json = DraftSnapshot.Of(deliverable).ToJson();
        var hash = DraftSnapshot.Hash(json);
        var latest = await db.Set<DeliverableVersion>().Where(v => v.DeliverableId == deliverable.Id)
            .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.ContentHash }).FirstOrDefaultAsync(ct);
        if (latest?.ContentHash == hash) return (null, latest.Number);
        var version = new DeliverableVersion
        {
            DeliverableId = deliverable.Id, Number = (latest?.Number ?? 0) + 1, SavedAt = clock.GetUtcNow().UtcDateTime,
            SavedBy = savedBy, Note = note, Content = json, ContentHash = hash,
        };
        db.Add(version);
        return (version, latest?.Number ?? 0);
    }

    /// <summary>The versions of a deliverable, the latest first, without their content.</summary>
    public Task<List<VersionRow>> ListAsync(int deliverableId, CancellationToken ct) =>
        db.Set<DeliverableVersion>().AsNoTracking().Where(v => v.DeliverableId == deliverableId).OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.SavedAt, v.SavedBy, v.Note, v.ContentHash)).ToListAsync(ct);

    /// <summary>One version of a deliverable of the dossier, its text read back, or null.</summary>
    public async Task<VersionText?> ReadAsync(int dossierId, int deliverableId, int number, CancellationToken ct)
    {
        var version = await db.Set<DeliverableVersion>().AsNoTracking()
            .Where(v => v.DeliverableId == deliverableId && v.Number == number && db.Deliverables.Any(d => d.Id == deliverableId && d.DossierId == dossierId))
            .Select(v => new { Row = new VersionRow(v.Number, v.SavedAt, v.SavedBy, v.Note, v.ContentHash), v.Content })
            .SingleOrDefaultAsync(ct);
        return version is null ? null : new VersionText(version.Row, DraftSnapshot.FromJson(version.Content));
    }
}

public sealed record VersionRow(int Number, DateTime SavedAt, string SavedBy, string Note, string ContentHash);

public sealed record VersionText(VersionRow Row, DraftSnapshot Text);
