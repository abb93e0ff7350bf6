using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>Every amendment of a deliverable with its fate, read by the whole space.</summary>
public class AmendmentsModel(DossierRights rights, AmendmentQueries queries) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    public string DeliverableTitle { get; private set; } = "";
    public IReadOnlyList<AmendmentRow> List { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await DeliverableTitleAsync(DeliverableId, ct) is not { } title) return false;
        DeliverableTitle = title;
        List = await queries.ListAsync(DeliverableId, ct);
        return true;
    }
}
