using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables;

/// <summary>
/// One change of a draft, whole or not at all: under the deliverable's write lock it reads the draft, applies the
/// change, renumbers the recommendations and sections (<see cref="Numbering"/>) and saves.
/// </summary>
public sealed class DraftEditor(AppDb db)
{
    public static string Lock(int deliverableId) => $"deliverable:{deliverableId}";

    /// <summary>
    /// Takes the deliverable's write lock (a transaction, or the caller's) and forgets what this request read before it:
    /// the draft is then read afresh, as the editor before us left it.
    /// </summary>
    public async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> LockAsync(int deliverableId, CancellationToken ct)
    {
        var transaction = await db.BeginLockedAsync([Lock(deliverableId)], ct);
        db.ChangeTracker.Clear();
        return transaction;
    }

    /// <summary>The change returns the broken rules (none: saved), or null when the object it names is not in the draft (404).</summary>
    public async Task<WriteResult<Deliverable>> EditAsync(DossierSpace dossier, int deliverableId,
        Func<Deliverable, IReadOnlyList<RuleViolation>?> change, CancellationToken ct)
    {
        await using var transaction = await LockAsync(deliverableId, ct);
        if (await LoadAsync(dossier.Id, deliverableId, ct) is not { } deliverable) return WriteResult<Deliverable>.NotFound();
        if (deliverable.IsAdopted) return WriteResult<Deliverable>.Conflict("", Adoption.AdoptionService.Frozen(deliverable));
        var errors = change(deliverable);
        if (errors is null) return WriteResult<Deliverable>.NotFound();
        if (errors.Count > 0) return WriteResult<Deliverable>.Invalid(errors);
        Numbering.Renumber(deliverable.Themes, deliverable.Recommendations);
        Numbering.Compact(deliverable.Sections);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<Deliverable>.Saved(deliverable);
    }

    /// <summary>The whole draft, tracked: sections, themes, recommendations with their addressees and evidence.</summary>
    public Task<Deliverable?> LoadAsync(int dossierId, int deliverableId, CancellationToken ct) =>
        db.Deliverables
            .Include(d => d.Sections)
            .Include(d => d.Themes)
            .Include(d => d.Recommendations).ThenInclude(r => r.Addressees).ThenInclude(a => a.Organisation)
            .Include(d => d.Recommendations).ThenInclude(r => r.Evidence)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == deliverableId && d.DossierId == dossierId, ct);
}
