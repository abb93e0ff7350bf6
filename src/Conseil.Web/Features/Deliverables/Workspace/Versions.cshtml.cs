using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>The saved versions of a deliverable, with their hashes, and the choice of two to compare.</summary>
public class VersionsModel(DossierRights rights, AppDb db, VersionService versions) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    public string DeliverableTitle { get; private set; } = "";
    public IReadOnlyList<VersionRow> List { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.Deliverables.Where(x => x.Id == DeliverableId && x.DossierId == Id).Select(x => x.Title).SingleOrDefaultAsync(ct) is not { } title) return false;
        DeliverableTitle = title;
        List = await versions.ListAsync(DeliverableId, ct);
        return true;
    }
}
