using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Pack;

/// <summary>A document of the pack as the meeting's page lists it.</summary>
public sealed record PackLine(int ItemId, int VersionId, string Title, int Number, string FileName, string ContentType, long Size, string Sha256);

/// <summary>A version the secretariat may join to an item: the latest of each document of the item's dossier.</summary>
public sealed record PackChoice(int ItemId, int VersionId, string Title, int Number);

public sealed class PackQueries(AppDb db)
{
    /// <summary>The pack of every item of the meeting, in one statement.</summary>
    public Task<List<PackLine>> OfMeetingAsync(int meetingId, CancellationToken ct) =>
        db.Set<PackDocument>().AsNoTracking().Where(p => p.AgendaItem.MeetingId == meetingId).OrderBy(p => p.AddedAt).ThenBy(p => p.Id)
            .Select(p => new PackLine(p.AgendaItemId, p.DocumentVersionId, p.DocumentVersion.Document.Title, p.DocumentVersion.Number,
                p.DocumentVersion.FileName, p.DocumentVersion.ContentType, p.DocumentVersion.Size, p.DocumentVersion.Sha256))
            .ToListAsync(ct);

    /// <summary>For each item linked to a dossier, the latest version of each of the dossier's documents; one statement.</summary>
    public Task<List<PackChoice>> ChoicesAsync(int meetingId, CancellationToken ct) =>
        db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId && i.DossierId != null)
            .SelectMany(i => db.DocumentVersions.Where(v => v.Document.DossierId == i.DossierId
                    && v.Number == db.DocumentVersions.Where(w => w.DocumentId == v.DocumentId).Max(w => w.Number)),
                (i, v) => new PackChoice(i.Id, v.Id, v.Document.Title, v.Number))
            .ToListAsync(ct);
}
