using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// One amendment: what it changes word by word, its justification and its fate; while it is proposed, the rapporteur,
/// a co-lead or the secretariat accepts it (if the text has not changed since), merges it into the current text, or rejects it.
/// </summary>
public class AmendmentModel(DossierRights rights, AmendmentQueries queries, AmendmentService amendments) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    [FromRoute] public int AmendmentId { get; set; }
    public string DeliverableTitle { get; private set; } = "";
    public Amendment Amendment { get; private set; } = null!;
    public string? CurrentText { get; private set; }
    public bool TextChanged => CurrentText != Amendment.OriginalText;
    public MergeInput Merge { get; private set; } = new();
    public RejectionInput Rejection { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EnterAsync(ct) is { } refused) return refused;
        Merge.Text = Amendment.ProposedText;
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        WriteAsync(() => amendments.AcceptAsync(Dossier, DeliverableId, AmendmentId, ct), "L'amendement est accepté : le texte en tient compte dans une nouvelle version.", Here, "", ct);

    public async Task<IActionResult> OnPostMergeAsync(CancellationToken ct)
    {
        Merge = await BindFormAsync<MergeInput>(nameof(Merge));
        return await WriteAsync(() => amendments.MergeAsync(Dossier, DeliverableId, AmendmentId, Merge, ct),
            "L'amendement est fusionné : le texte en tient compte dans une nouvelle version.", Here, nameof(Merge), ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken ct)
    {
        Rejection = await BindFormAsync<RejectionInput>(nameof(Rejection));
        return await WriteAsync(() => amendments.RejectAsync(Dossier, DeliverableId, AmendmentId, Rejection, ct), "L'amendement est rejeté.", Here, nameof(Rejection), ct);
    }

    private string Here(Amendment amendment) => AmendmentPaths.Amendment(Id, DeliverableId, amendment.Id);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await DeliverableTitleAsync(DeliverableId, ct) is not { } title) return false;
        if (await queries.ReadAsync(DeliverableId, AmendmentId, ct) is not { } amendment) return false;
        DeliverableTitle = title;
        Amendment = amendment;
        CurrentText = await queries.CurrentTextAsync(amendment, ct);
        return true;
    }
}
