using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.Forms;
using Conseil.Web.Infrastructure.PersonalData.Detection;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Contributions.Workspace;

/// <summary>
/// One contribution. The members of the dossier's space read an accepted one in its shared text, with its released
/// attachments; anyone else gets 404. The secretariat moderates it here: the text as received with what the scan found
/// highlighted, the text to share (pre-filled with the automatic redaction), its classification, its attachments, the
/// decision. Also at /espace/contributions/{contributionId} (ContributionsFeature) for one not linked to a dossier.
/// </summary>
public class ContributionModel(
    ContributionQueries queries, ContributionModeration moderation, DossierAccess access, IAuthorizationService authorization,
    ProgrammeChoices choices) : PageModel
{
    /// <summary>The dossier of the address; null at the secretariat's own address.</summary>
    [FromRoute] public int? Id { get; set; }
    [FromRoute] public int ContributionId { get; set; }

    public Contribution Contribution { get; private set; } = null!;
    public bool IsSecretariat { get; private set; }
    public RedactionInput Redaction { get; set; } = new();
    public ClassificationInput Classification { get; set; } = new();
    public AttachmentInput Attachment { get; set; } = new();
    public List<SelectListItem> Dossiers { get; private set; } = [];
    public List<SelectListItem> Axes { get; private set; } = [];
    public IReadOnlyList<PersonalDataFinding> TitleFindings { get; private set; } = [];
    public IReadOnlyList<PersonalDataFinding> TextFindings { get; private set; } = [];

    /// <summary>The text the secretariat reads first: as received when it was held or redacted, else the shared text.</summary>
    public string ReceivedText => Contribution.OriginalText ?? Contribution.SharedText ?? "";

    public string Path => ContributionPaths.Of(ContributionId, Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!IsSecretariat) return Page();
        Redaction = SavedRedaction();
        Classification = SavedClassification();
        return Page();
    }

    public Task<IActionResult> OnPostRedactAsync(CancellationToken ct) =>
        ModerateAsync<RedactionInput>(nameof(Redaction), input => Redaction = input,
            input => moderation.RedactAsync(ContributionId, input, ct), "Le texte à partager est enregistré.", ct);

    public Task<IActionResult> OnPostClassifyAsync(CancellationToken ct) =>
        ModerateAsync<ClassificationInput>(nameof(Classification), input => Classification = input,
            input => moderation.ClassifyAsync(ContributionId, input, ct), "Le classement de la contribution est enregistré.", ct,
            input => ContributionPaths.Of(ContributionId, input.DossierId));

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        ModerateAsync<DecisionInput>("Decision", _ => { }, _ => moderation.AcceptAsync(ContributionId, ct),
            "La contribution est acceptée : le groupe de travail la lit dans son texte partagé.", ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        ModerateAsync<DecisionInput>("Decision", _ => { }, _ => moderation.RejectAsync(ContributionId, ct), "La contribution est refusée.", ct);

    public Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) =>
        ModerateAsync<AttachmentInput>(nameof(Attachment), input => Attachment = input,
            input => moderation.ReleaseAsync(ContributionId, input, ct), "La pièce jointe est transmise au groupe de travail.", ct);

    public Task<IActionResult> OnPostDeleteAttachmentAsync(CancellationToken ct) =>
        ModerateAsync<AttachmentInput>(nameof(Attachment), input => Attachment = input,
            input => moderation.DeleteAttachmentAsync(ContributionId, input, ct), "La pièce jointe est supprimée.", ct);

    /// <summary>
    /// The secretariat's forms, each bound under its own prefix: anyone else gets 404, as on a page they cannot see.
    /// Saved: back to the page (at its new address once moved to another dossier). Refused: the page again, the errors beside their fields.
    /// </summary>
    private async Task<IActionResult> ModerateAsync<T>(string prefix, Action<T> keep, Func<T, Task<WriteResult<int>>> save, string message,
        CancellationToken ct, Func<T, string>? next = null) where T : class, new()
    {
        if (!await LoadAsync(ct) || !IsSecretariat) return NotFound();
        var input = new T();
        var valid = await TryUpdateModelAsync(input, prefix) && TextGuard.Check(ModelState) && ModelState.IsValid;
        keep(input);
        if (valid)
        {
            var result = await save(input);
            if (result.Status == WriteStatus.NotFound) return NotFound();
            if (result.Succeeded)
            {
                TempData["Success"] = message;
                return Redirect(next?.Invoke(input) ?? Path);
            }
            ModelState.AddErrors(result, prefix);
        }
        // The other forms show what is saved.
        if (prefix != nameof(Redaction)) Redaction = SavedRedaction();
        if (prefix != nameof(Classification)) Classification = SavedClassification();
        return Page();
    }

    /// <summary>The text to share as saved, or, before any, the text as received with what the scan found replaced.</summary>
    private RedactionInput SavedRedaction() => new()
    {
        Title = Contribution.SharedText is null ? PersonalDataDetector.Redact(Contribution.Title) : Contribution.Title,
        Text = Contribution.SharedText ?? PersonalDataDetector.Redact(Contribution.OriginalText ?? ""),
    };

    private ClassificationInput SavedClassification() => new()
    {
        DossierId = Contribution.DossierId, AxisId = Contribution.AxisId, PolicyAreas = [.. PolicyAreas.Parse(Contribution.PolicyAreas)],
    };

    /// <summary>False when the page must answer 404: no such contribution (under this dossier), or not the reader's to see.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await queries.OneAsync(ContributionId, ct) is not { } contribution) return false;
        if (Id is { } dossier && contribution.DossierId != dossier) return false;
        Contribution = contribution;
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        if (!IsSecretariat)
            return Id is { } space && contribution.Status == ContributionStatus.Accepted && await access.MayEnterAsync(User, space, ct);
        TitleFindings = PersonalDataDetector.Find(contribution.Title);
        TextFindings = PersonalDataDetector.Find(ReceivedText);
        Dossiers = await choices.DossiersAsync(ct);
        Axes = await choices.AxesAsync(ct);
        return true;
    }
}
