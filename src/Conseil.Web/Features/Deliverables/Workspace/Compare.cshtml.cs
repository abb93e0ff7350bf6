using Conseil.Web.Features.Dossiers.Hearings;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>Two versions compared section by section and word by word (<see cref="VersionDiff"/>); ?de=1&amp;a=3.</summary>
public class CompareModel(DossierRights rights, VersionService versions) : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    [FromQuery(Name = "de")] public int From { get; set; }
    [FromQuery(Name = "a")] public int To { get; set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<BlockChange> Blocks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await versions.ReadAsync(Id, DeliverableId, From, ct) is not { } older || await versions.ReadAsync(Id, DeliverableId, To, ct) is not { } newer)
            return false;
        Title = newer.Text.Title;
        Blocks = VersionDiff.Compare(older.Text, newer.Text);
        return true;
    }
}
