using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// The page of one part of a draft (a section, a recommendation) for its writers: « nouvelle » in the address adds one,
/// an id edits or deletes that one (a deletion asks for its box to be ticked). Readers are refused (403).
/// </summary>
public abstract class DraftPartPage(DossierRights rights, AppDb db) : DeliverablePage(rights)
{
    public const string New = "nouvelle";

    protected AppDb Db { get; } = db;

    [FromRoute] public int DeliverableId { get; set; }
    public string DeliverableTitle { get; private set; } = "";

    /// <summary>The part named in the address: « nouvelle », or its id.</summary>
    protected abstract string Part { get; }

    public bool IsNew => Part == New;

    /// <summary>The part's id, or 0 (found nowhere) for « nouvelle » and anything else that is not a number.</summary>
    protected int Key => int.TryParse(Part, out var id) && id > 0 ? id : 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EnterAsync(ct) is { } refused) return refused;
        if (!Dossier.MayLead) return Forbid();
        await FillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(bool confirm, CancellationToken ct)
    {
        if (Confirmed(confirm)) return await WriteAsync(() => DeleteAsync(ct), Deleted, d => DeliverablePaths.Deliverable(Id, d.Id), "", ct);
        if (await EnterAsync(ct) is { } refused) return refused;
        if (!Dossier.MayLead) return Forbid();
        await FillAsync(ct);
        return Page();
    }

    /// <summary>A deletion asks for its box to be ticked: a stray click, or a form posted empty, deletes nothing.</summary>
    private bool Confirmed(bool confirm)
    {
        ModelState.Clear();
        if (!confirm) ModelState.AddModelError("confirmation", "Cochez « Je confirme la suppression » pour supprimer.");
        return confirm;
    }

    /// <summary>The form as it starts: the defaults of a new part, else the part as saved.</summary>
    protected abstract Task FillAsync(CancellationToken ct);

    protected abstract Task<WriteResult<Deliverable>> DeleteAsync(CancellationToken ct);

    protected abstract string Deleted { get; }

    /// <summary>Whether the part exists in this deliverable (« nouvelle » always does).</summary>
    protected abstract Task<bool> PartExistsAsync(CancellationToken ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await DeliverableTitleAsync(DeliverableId, ct) is not { } title) return false;
        DeliverableTitle = title;
        return IsNew || await PartExistsAsync(ct);
    }
}
