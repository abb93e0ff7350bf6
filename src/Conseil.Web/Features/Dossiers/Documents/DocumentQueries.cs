using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Documents;

public sealed record LatestVersion(int Id, int Number, string FileName, string ContentType, long Size, DateTime UploadedAt, string UploadedBy);

public sealed record DocumentRow(int Id, string Title, DocumentKind Kind, bool IsPublic, DateTime CreatedAt, int Versions, LatestVersion? Latest);

public sealed record DocumentList(IReadOnlyList<DocumentRow> Rows, int Count, int Page, int Pages);

public sealed record VersionRow(int Id, int Number, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt, string UploadedBy, string Comment);

/// <summary>Where a version's bytes are and what they are, for its download.</summary>
public sealed record StoredVersion(string StorageName, string ContentType, string FileName);

public sealed record HearingLink(int Id, DateTime At);

public sealed record DocumentPage(int Id, string Title, DocumentKind Kind, bool IsPublic, DateTime CreatedAt, IReadOnlyList<VersionRow> Versions,
    IReadOnlyList<HearingLink> Hearings);

/// <summary>The reads of a dossier's documents, in a constant number of statements.</summary>
public sealed class DocumentQueries(AppDb db)
{
    public const int PageSize = 50;

    /// <summary>Two statements: the count, and one page of documents (latest first) with their latest version.</summary>
    public async Task<DocumentList> ListAsync(int dossierId, int page, CancellationToken ct)
    {
        var documents = db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == dossierId);
        var count = await documents.CountAsync(ct);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await documents.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new DocumentRow(d.Id, d.Title, d.Kind, d.IsPublic, d.CreatedAt, d.Versions.Count,
                d.Versions.OrderByDescending(v => v.Number)
                    .Select(v => new LatestVersion(v.Id, v.Number, v.FileName, v.ContentType, v.Size, v.UploadedAt, v.UploadedBy)).FirstOrDefault()))
            .ToListAsync(ct);
        return new DocumentList(rows, count, page, pages);
    }

    /// <summary>The document with its versions (latest first) and the hearings it is attached to, or null when it is not the dossier's.</summary>
    public async Task<DocumentPage?> DocumentAsync(int dossierId, int documentId, CancellationToken ct) =>
        await db.DossierDocuments.AsNoTracking().Where(d => d.Id == documentId && d.DossierId == dossierId)
            .Select(d => new DocumentPage(d.Id, d.Title, d.Kind, d.IsPublic, d.CreatedAt,
                d.Versions.OrderByDescending(v => v.Number)
                    .Select(v => new VersionRow(v.Id, v.Number, v.FileName, v.ContentType, v.Size, v.Sha256, v.UploadedAt, v.UploadedBy, v.Comment)).ToList(),
                db.Set<HearingDocument>().Where(a => a.DocumentId == d.Id).OrderBy(a => a.Hearing.At)
                    .Select(a => new HearingLink(a.HearingId, a.Hearing.At)).ToList()))
            .SingleOrDefaultAsync(ct);

    /// <summary>The hearing a document is deposited for (from the hearing's page), or null when it is not the dossier's.</summary>
    public async Task<HearingLink?> HearingAsync(int dossierId, int hearingId, CancellationToken ct) =>
        await db.Hearings.AsNoTracking().Where(h => h.Id == hearingId && h.DossierId == dossierId)
            .Select(h => new HearingLink(h.Id, h.At)).SingleOrDefaultAsync(ct);

    /// <summary>A version of the dossier's document, to download; null when the three ids do not belong together.</summary>
    public async Task<StoredVersion?> VersionAsync(int dossierId, int documentId, int versionId, CancellationToken ct) =>
        await db.DocumentVersions.AsNoTracking()
            .Where(v => v.Id == versionId && v.DocumentId == documentId && v.Document.DossierId == dossierId)
            .Select(v => new StoredVersion(v.StorageName, v.ContentType, v.FileName))
            .SingleOrDefaultAsync(ct);
}
