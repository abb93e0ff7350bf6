using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// A member of the dossier's open groups (or the secretariat) proposes an amendment to one section (?section=) or one
/// recommendation (?preconisation=) of the draft: the new text, starting from the current one, and a justification.
/// </summary>
public class NewAmendmentModel(DossierRights rights, DraftEditor drafts, AmendmentService amendments) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    [FromQuery(Name = "section")] public int? SectionId { get; set; }
    [FromQuery(Name = "preconisation")] public int? RecommendationId { get; set; }
    [BindProperty] public AmendmentInput Input { get; set; } = new();
    public string DeliverableTitle { get; private set; } = "";
    public AmendmentService.Target? Target { get; private set; }

    private AmendmentService.Aim Aim => new(SectionId, SectionId is null ? RecommendationId : null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EnterAsync(ct) is { } refused) return refused;
        if (!Dossier.MayContribute) return Forbid();
        Input.ProposedText = Target!.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var person = await HttpContext.RequestServices.PersonIdOfAsync(User, ct);
        return await WriteAsync(() => amendments.ProposeAsync(Dossier, DeliverableId, Aim, Input, person, ct),
            "L'amendement est proposé : les membres des groupes du dossier en sont prévenus.",
            a => AmendmentPaths.Amendment(Id, DeliverableId, a.Id), nameof(Input), ct, Writers.Contributors);
    }

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await drafts.LoadAsync(Id, DeliverableId, ct) is not { } deliverable) return false;
        DeliverableTitle = deliverable.Title;
        Target = AmendmentService.Find(deliverable, Aim);
        return Target is not null;
    }
}
