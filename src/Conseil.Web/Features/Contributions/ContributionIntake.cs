using Conseil.Web.Data;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.PersonalData.Detection;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Contributions;

/// <summary>What the contributor is told once the contribution is saved: its receipt, the personal data found, the attachments a person will read.</summary>
public sealed record ContributionReceipt(string Number, string PersonalData, int Unverified);

/// <summary>
/// Receives a contribution from the public form: checks it, keeps its attachments (PDF, DOCX, ODT, type read from the
/// content, size limited while reading), scans its title, text and attachments for personal data, and saves it held
/// back (<see cref="ContributionStatus.Held"/>) or received for moderation. Nothing is kept of a refused contribution.
/// </summary>
public sealed class ContributionIntake(
    AppDb db, FileStore store, PersonalDataScanner scanner, ContributionCallService calls, TimeProvider clock,
    IOptions<ContributionOptions> options, ILogger<ContributionIntake> logger)
{
    public static readonly IReadOnlyList<FileKind> Accepted = [FileKind.Pdf, FileKind.Docx, FileKind.Odt];

    public async Task<WriteResult<ContributionReceipt>> SubmitAsync(ContributionInput input, CancellationToken ct)
    {
        var call = input.CallId is { } callId ? await calls.OpenAsync(callId, FrenchDates.Today(clock), ct) : null;
        var errors = FormRules(input).ToList();
        if (call is null) errors.Add(new(nameof(input.CallId), "Cet appel à contributions n'est plus ouvert : choisissez-en un autre dans la liste."));
        if (errors.Count > 0) return WriteResult<ContributionReceipt>.Invalid(errors);

        var saved = new List<(StoredFile File, PersonalDataScan Scan)>();
        try
        {
            foreach (var (field, file) in input.Attachments())
            {
                var result = await store.SaveAsync(file, Accepted, options.Value.MaxAttachmentBytes, ct);
                if (result.File is not { } stored)
                {
                    errors.Add(new(field, result.Error!));
                    continue;
                }
                saved.Add((stored, scanner.Scan(store, stored)));
            }
            if (errors.Count > 0)
            {
                Forget(saved);
                return WriteResult<ContributionReceipt>.Invalid(errors);
            }
            var receipt = await SaveAsync(input, call!, saved, ct);
            return WriteResult<ContributionReceipt>.Saved(receipt);
        }
        catch
        {
            Forget(saved);
            throw;
        }
    }

    /// <summary>The rules of the form beyond each field's own: who contributes, and the consent. The page shows them with the others.</summary>
    public static IEnumerable<RuleViolation> FormRules(ContributionInput input)
    {
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) yield return new(nameof(input.Kind), "Indiquez à quel titre vous contribuez.");
        else if (kind != ContributorKind.Volunteer && string.IsNullOrWhiteSpace(input.OrganisationName))
            yield return new(nameof(input.OrganisationName),
                kind == ContributorKind.LocalCommittee ? "Indiquez le nom du comité local." : "Indiquez le nom de l'organisation.");
        if (!input.Consent) yield return new(nameof(input.Consent), "Cochez la case pour donner votre accord : sans lui, la contribution ne peut pas être reçue.");
    }

    private async Task<ContributionReceipt> SaveAsync(
        ContributionInput input, ContributionCall call, List<(StoredFile File, PersonalDataScan Scan)> files, CancellationToken ct)
    {
        var title = input.Title!.Trim();
        var text = input.Text!.Trim();
        var screening = ContributionScreening.Of(scanner.Scan(title), scanner.Scan(text), [.. files.Select(f => f.Scan)]);
        var contribution = new Contribution
        {
            DossierId = call.DossierId, AxisId = call.AxisId ?? call.Dossier?.AxisId, ContributorKind = input.Kind!.Value,
            AuthorName = input.AuthorName!.Trim(), AuthorEmail = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            OrganisationName = input.OrganisationName?.Trim() ?? "", Title = title,
            // A held text waits, as received, for the secretariat to redact it; a clean one is what the group will read.
            OriginalText = screening.IsHeld ? text : null, SharedText = screening.IsHeld ? null : text,
            Status = screening.Status, Findings = screening.Findings, ReceivedAt = clock.GetUtcNow().UtcDateTime,
            Receipt = Receipts.New(), Consented = true,
            Attachments = [.. files.Select((f, i) => new ContributionAttachment
            {
                FileName = f.File.DisplayName, StorageName = f.File.StorageName, ContentType = f.File.Kind.MimeType, Size = f.File.Size,
                Sha256 = f.File.Sha256, IsHeld = screening.Attachments[i].IsHeld, Findings = screening.Attachments[i].Findings,
            })],
        };
        db.Contributions.Add(contribution);
        await db.SaveChangesAsync(ct);
        // Counts only: the log never holds what was found.
        logger.LogInformation("Contribution {Id} reçue ({Status}, {Attachments} pièces jointes)", contribution.Id, contribution.Status, files.Count);
        return new(contribution.Receipt!, screening.PersonalData, screening.Unverified);
    }

    private void Forget(IEnumerable<(StoredFile File, PersonalDataScan Scan)> saved)
    {
        foreach (var (file, _) in saved) store.Delete(file.StorageName);
    }
}
