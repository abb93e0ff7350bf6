using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>One saved version of a deliverable, read as it was, with its hash.</summary>
public class VersionModel(DossierRights rights, VersionService versions) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    [FromRoute] public int Number { get; set; }
    public VersionRow Row { get; private set; } = null!;
    public DraftSnapshot Text { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await versions.ReadAsync(Id, DeliverableId, Number, ct) is not { } version) return false;
        (Row, Text) = version;
        return true;
    }
}
