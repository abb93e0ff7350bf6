using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Pack;

/// <summary>What the secretariat joins to an agenda item, or takes off it.</summary>
public sealed class PackInput
{
    public int? ItemId { get; set; }
    public int? VersionId { get; set; }
}

/// <summary>
/// The meeting pack, composed by the secretariat while the meeting is planned: versions of documents of the item's own
/// dossier only (a document of another dossier is its working groups' private space); fixed once the meeting is held,
/// so the text put to a vote stays the version the members received.
/// </summary>
public sealed class PackService(AppDb db, TimeProvider clock)
{
    private const string Missing = "Choisissez un document du dossier du point dans la liste.";

    public async Task<WriteResult<PackDocument>> AddAsync(MeetingSpace space, PackInput input, CancellationToken ct)
    {
        if (space.Meeting.Status != MeetingStatus.Planned)
            return WriteResult<PackDocument>.Conflict(nameof(input.VersionId), "Le dossier de séance se compose avant la séance.");
        var item = await db.AgendaItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == input.ItemId && i.MeetingId == space.Id, ct);
        if (item is null) return WriteResult<PackDocument>.NotFound();
        if (item.DossierId is not { } dossier)
            return WriteResult<PackDocument>.Invalid(nameof(input.VersionId), "Ce point ne concerne aucun dossier : seul un document du dossier du point se joint au dossier de séance.");
        if (input.VersionId is not { } versionId
            || await db.DocumentVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => (int?)v.Document.DossierId).SingleOrDefaultAsync(ct) is not { } owner)
            return WriteResult<PackDocument>.Invalid(nameof(input.VersionId), Missing);
        if (owner != dossier)
            return WriteResult<PackDocument>.Invalid(nameof(input.VersionId),
                "Ce document appartient à un autre dossier, espace privé de ses groupes de travail : seul un document du dossier du point se joint au dossier de séance.");
        if (await db.Set<PackDocument>().AnyAsync(p => p.AgendaItemId == item.Id && p.DocumentVersionId == versionId, ct))
            return WriteResult<PackDocument>.Conflict(nameof(input.VersionId), "Ce document est déjà au dossier de séance de ce point.");
        var document = new PackDocument { AgendaItemId = item.Id, DocumentVersionId = versionId, AddedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return WriteResult<PackDocument>.Saved(document);
    }

    public async Task<WriteResult<PackDocument>> RemoveAsync(MeetingSpace space, PackInput input, CancellationToken ct)
    {
        if (space.Meeting.Status != MeetingStatus.Planned)
            return WriteResult<PackDocument>.Conflict(nameof(input.VersionId), "La séance a eu lieu : son dossier de séance ne change plus.");
        var document = await db.Set<PackDocument>()
            .SingleOrDefaultAsync(p => p.AgendaItemId == input.ItemId && p.DocumentVersionId == input.VersionId && p.AgendaItem.MeetingId == space.Id, ct);
        if (document is null) return WriteResult<PackDocument>.NotFound();
        db.Remove(document);
        await db.SaveChangesAsync(ct);
        return WriteResult<PackDocument>.Saved(document);
    }
}
