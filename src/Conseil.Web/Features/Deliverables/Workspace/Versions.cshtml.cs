using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>The saved versions of a deliverable, with their hashes, and the choice of two to compare.</summary>
public class VersionsModel(DossierRights rights, VersionService versions) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    public string DeliverableTitle { get; private set; } = "";
    public IReadOnlyList<VersionRow> List { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await DeliverableTitleAsync(DeliverableId, ct) is not { } title) return false;
        DeliverableTitle = title;
        List = await versions.ListAsync(DeliverableId, ct);
        return true;
    }
}
