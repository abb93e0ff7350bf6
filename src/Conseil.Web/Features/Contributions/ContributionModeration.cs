using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.PersonalData.Detection;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// The secretariat's moderation: redact the text the group will read (re-scanned: personal data left in it is refused),
/// classify, accept or reject, release or delete a held attachment. A held contribution reaches the group only redacted.
/// </summary>
public sealed class ContributionModeration(AppDb db, FileStore store, PersonalDataScanner scanner, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Saves the text to share; the text as received is kept aside, for the retention period, the first time it changes.</summary>
    public async Task<WriteResult<int>> RedactAsync(int id, RedactionInput input, CancellationToken ct)
    {
        if (await db.Contributions.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contribution) return WriteResult<int>.NotFound();
        var title = input.Title!.Trim();
        var text = input.Text!.Trim();
        var errors = new List<RuleViolation>();
        if (ContributionScreening.StillPersonal("Le titre", title) is { } inTitle) errors.Add(new(nameof(input.Title), inTitle));
        if (ContributionScreening.StillPersonal("Le texte", text) is { } inText) errors.Add(new(nameof(input.Text), inText));
        if (errors.Count > 0) return WriteResult<int>.Invalid(errors);
        if (contribution.OriginalText is null && contribution.SharedText != text) contribution.OriginalText = contribution.SharedText;
        contribution.Title = title;
        contribution.SharedText = text;
        contribution.RedactedAt = Now;
        if (contribution.Status == ContributionStatus.Held) contribution.Status = ContributionStatus.Received;
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(id);
    }

    public async Task<WriteResult<int>> ClassifyAsync(int id, ClassificationInput input, CancellationToken ct)
    {
        if (await db.Contributions.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contribution) return WriteResult<int>.NotFound();
        var errors = new List<RuleViolation>();
        if (input.DossierId is { } dossier && !await db.Dossiers.AnyAsync(d => d.Id == dossier, ct))
            errors.Add(new(nameof(input.DossierId), "Choisissez un dossier de la liste."));
        if (input.AxisId is { } axis && !await db.Axes.AnyAsync(a => a.Id == axis, ct))
            errors.Add(new(nameof(input.AxisId), "Choisissez un axe de la liste."));
        if (input.PolicyAreas.Any(area => !Enum.IsDefined(area)))
            errors.Add(new(nameof(input.PolicyAreas), "Choisissez les domaines dans la liste."));
        if (errors.Count > 0) return WriteResult<int>.Invalid(errors);
        contribution.DossierId = input.DossierId;
        contribution.AxisId = input.AxisId;
        contribution.PolicyAreas = PolicyAreas.Format(input.PolicyAreas);
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(id);
    }

    /// <summary>Shares the contribution with the group: only once redacted when it was held, and only if its shared text is clean.</summary>
    public async Task<WriteResult<int>> AcceptAsync(int id, CancellationToken ct)
    {
        if (await db.Contributions.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contribution) return WriteResult<int>.NotFound();
        var refusal = contribution switch
        {
            { Status: ContributionStatus.Accepted } => "La contribution est déjà acceptée.",
            { Status: ContributionStatus.Held } or { SharedText: null or "" } =>
                "Masquez d'abord les données personnelles : enregistrez le texte à partager avant d'accepter la contribution.",
            { DossierId: null, AxisId: null } => "Rattachez d'abord la contribution à un dossier ou à un axe du programme.",
            _ => ContributionScreening.StillPersonal("Le titre", contribution.Title)
                ?? ContributionScreening.StillPersonal("Le texte partagé", contribution.SharedText),
        };
        if (refusal is not null) return WriteResult<int>.Conflict("", refusal);
        contribution.Status = ContributionStatus.Accepted;
        contribution.DecidedAt = Now;
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(id);
    }

    public async Task<WriteResult<int>> RejectAsync(int id, CancellationToken ct)
    {
        if (await db.Contributions.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } contribution) return WriteResult<int>.NotFound();
        if (contribution.Status == ContributionStatus.Rejected) return WriteResult<int>.Conflict("", "La contribution est déjà refusée.");
        contribution.Status = ContributionStatus.Rejected;
        contribution.DecidedAt = Now;
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(id);
    }

    /// <summary>
    /// Lets the group read a held attachment, scanned again first: one with personal data stays held (delete it);
    /// one whose text could not all be read needs the secretariat to say it has read it.
    /// </summary>
    public async Task<WriteResult<int>> ReleaseAsync(int id, AttachmentInput input, CancellationToken ct)
    {
        if (await AttachmentAsync(id, input, ct) is not { } attachment) return WriteResult<int>.NotFound();
        if (!attachment.IsHeld) return WriteResult<int>.Conflict("", $"La pièce jointe « {attachment.FileName} » est déjà transmise au groupe.");
        var scan = Scan(attachment);
        if (scan.Findings.Count > 0)
            return WriteResult<int>.Conflict("", $"La pièce jointe « {attachment.FileName} » contient {ContributionScreening.Summary(scan.Findings)} : "
                + "elle ne peut pas être transmise au groupe. Supprimez-la, et demandez si besoin une version sans données personnelles.");
        if (scan.Status != ExtractionStatus.Complete && !input.Checked)
            return WriteResult<int>.Invalid(nameof(input.Checked),
                $"Le texte de « {attachment.FileName} » n'a pas pu être vérifié en entier ({scan.Reason}) : cochez la case pour confirmer "
                + "que vous l'avez lu et qu'il ne contient aucune donnée personnelle.");
        attachment.IsHeld = false;
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(id);
    }

    public async Task<WriteResult<int>> DeleteAttachmentAsync(int id, AttachmentInput input, CancellationToken ct)
    {
        if (await AttachmentAsync(id, input, ct) is not { } attachment) return WriteResult<int>.NotFound();
        db.ContributionAttachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        // After the row: should this fail, the bytes stay behind unreferenced, never a row without its file.
        store.Delete(attachment.StorageName);
        return WriteResult<int>.Saved(id);
    }

    private Task<ContributionAttachment?> AttachmentAsync(int id, AttachmentInput input, CancellationToken ct) =>
        db.ContributionAttachments.SingleOrDefaultAsync(a => a.Id == input.AttachmentId && a.ContributionId == id, ct);

    private PersonalDataScan Scan(ContributionAttachment attachment) =>
        KindOf(attachment) is { } kind
            ? scanner.Scan(store, new StoredFile(attachment.StorageName, attachment.Size, attachment.Sha256, kind, attachment.FileName))
            : new PersonalDataScan("", ExtractionStatus.Unreadable, []);

    /// <summary>The kind the attachment's content was detected as when it was received.</summary>
    public static FileKind? KindOf(ContributionAttachment attachment) => FileKind.All.FirstOrDefault(k => k.MimeType == attachment.ContentType);
}
