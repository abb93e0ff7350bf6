using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>
/// Adds a dossier's documents and their versions: each file goes through <see cref="FileStore"/> (kind read from its
/// content, size limit while it streams, a generated name outside the web root, its SHA-256), then its row is saved
/// with who deposited it and when, and the dossier's groups hear of it (<see cref="DossierNews"/>) in the same
/// transaction. A file whose row could not be saved is deleted again. The caller has checked <see cref="DossierSpace.MayContribute"/>.
/// </summary>
public sealed class DocumentService(AppDb db, FileStore store, DossierNews news, TimeProvider clock)
{
    /// <summary>What a dossier keeps: PDF, ODT, DOCX, XLSX (and ODS), and images.</summary>
    public static readonly IReadOnlyList<FileKind> Allowed = [.. FileKind.Documents, .. FileKind.Images];

    public const string NoFile = "Choisissez le fichier à déposer.";

    public async Task<WriteResult<DossierDocument>> AddAsync(DossierSpace dossier, DocumentInput input, CancellationToken ct)
    {
        if (input.HearingId is { } hearingId && !await db.Hearings.AnyAsync(h => h.Id == hearingId && h.DossierId == dossier.Id, ct))
            return WriteResult<DossierDocument>.Invalid(nameof(DocumentInput.HearingId), "Cette audition n'est pas une audition du dossier.");
        if (input.HearingId is not null && input.Kind != DocumentKind.HearingMinutes)
            return WriteResult<DossierDocument>.Invalid(nameof(DocumentInput.Kind), "Un document joint à une audition est un compte rendu d'audition : choisissez ce type.");
        var saved = await StoreAsync(input.File, ct);
        if (saved.File is not { } file) return WriteResult<DossierDocument>.Invalid(nameof(DocumentInput.File), saved.Error!);
        return await KeepAsync(file, async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var document = new DossierDocument
            {
                DossierId = dossier.Id, Title = input.Title!.Trim(), Kind = input.Kind!.Value, CreatedAt = now,
                Versions = [Version(file, 1, dossier, input.Comment, now)],
            };
            db.DossierDocuments.Add(document);
            if (input.HearingId is { } hearing) db.Set<HearingDocument>().Add(new HearingDocument { HearingId = hearing, Document = document });
            await using var unit = await db.JoinOrBeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await news.AnnounceAsync(dossier.Id, $"{dossier.Name} : nouveau document « {document.Title} »", DocumentPaths.Document(dossier.Id, document.Id), ct);
            await db.SaveChangesAsync(ct);
            await unit.CommitAsync(ct);
            return WriteResult<DossierDocument>.Saved(document);
        });
    }

    public async Task<WriteResult<DocumentVersion>> AddVersionAsync(DossierSpace dossier, int documentId, VersionInput input, CancellationToken ct)
    {
        var document = await db.DossierDocuments.AsNoTracking().Where(d => d.Id == documentId && d.DossierId == dossier.Id)
            .Select(d => new { d.Id, d.Title, Last = d.Versions.Max(v => (int?)v.Number) ?? 0 }).SingleOrDefaultAsync(ct);
        if (document is null) return WriteResult<DocumentVersion>.NotFound();
        var saved = await StoreAsync(input.File, ct);
        if (saved.File is not { } file) return WriteResult<DocumentVersion>.Invalid(nameof(VersionInput.File), saved.Error!);
        return await KeepAsync(file, async () =>
        {
            var version = Version(file, document.Last + 1, dossier, input.Comment, clock.GetUtcNow().UtcDateTime);
            version.DocumentId = document.Id;
            db.DocumentVersions.Add(version);
            await news.AnnounceAsync(dossier.Id, $"{dossier.Name} : version {version.Number} du document « {document.Title} »",
                DocumentPaths.Document(dossier.Id, document.Id), ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                return WriteResult<DocumentVersion>.Conflict(nameof(VersionInput.File),
                    "Une autre version de ce document vient d'être déposée : rechargez la page, puis déposez la vôtre.");
            }
            return WriteResult<DocumentVersion>.Saved(version);
        });
    }

    /// <summary>Marks the document public or preparatory again (the secretariat), under <see cref="DocumentDisclosure"/>.</summary>
    public async Task<WriteResult<DossierDocument>> SetPublicAsync(DossierSpace dossier, int documentId, bool isPublic, CancellationToken ct)
    {
        var document = await db.DossierDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.DossierId == dossier.Id, ct);
        if (document is null) return WriteResult<DossierDocument>.NotFound();
        if (isPublic && DocumentDisclosure.RefusalToPublish(document.Kind, dossier.State) is { } refusal)
            return WriteResult<DossierDocument>.Conflict(nameof(PublicationInput.IsPublic), refusal);
        document.IsPublic = isPublic;
        await db.SaveChangesAsync(ct);
        return WriteResult<DossierDocument>.Saved(document);
    }

    private async Task<FileSaveResult> StoreAsync(IFormFile? upload, CancellationToken ct) =>
        upload is null ? FileSaveResult.Refused(NoFile) : await store.SaveAsync(upload, Allowed, cancellationToken: ct);

    // The stored file stays only if its row does: any failure to save it (or a refusal) deletes it again.
    private async Task<WriteResult<T>> KeepAsync<T>(StoredFile file, Func<Task<WriteResult<T>>> save)
    {
        try
        {
            var result = await save();
            if (!result.Succeeded) store.Delete(file.StorageName);
            return result;
        }
        catch
        {
            store.Delete(file.StorageName);
            throw;
        }
    }

    private static DocumentVersion Version(StoredFile file, int number, DossierSpace dossier, string? comment, DateTime at) => new()
    {
        Number = number, FileName = file.DisplayName, StorageName = file.StorageName, ContentType = file.Kind.MimeType, Size = file.Size,
        Sha256 = file.Sha256, UploadedAt = at, UploadedBy = dossier.ActorName, Comment = comment?.Trim() ?? "",
    };
}
