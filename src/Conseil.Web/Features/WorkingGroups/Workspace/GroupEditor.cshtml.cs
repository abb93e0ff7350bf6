using Conseil.Web.Data;
using Conseil.Web.Features.Composition.Workspace;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups.Workspace;

/// <summary>The secretariat creates a working group for a dossier or an axis, or changes its name, mission and dates.</summary>
public class GroupEditorModel(AppDb db, WorkingGroupService groups, TimeProvider clock) : EditorPage<GroupInput>
{
    private int savedId;

    public List<SelectListItem> Dossiers { get; private set; } = [];
    public List<SelectListItem> Axes { get; private set; } = [];

    protected override string SavedMessage => IsNew ? "Le groupe de travail a été créé. Désignez maintenant ses copilotes et son rapporteur." : "Le groupe de travail a été modifié.";
    protected override string ReturnUrl => IsNew ? WorkingGroupPaths.Manage(savedId) : WorkingGroupPaths.Group(savedId);

    protected override GroupInput Blank()
    {
        var today = FrenchDates.Today(clock);
        return new GroupInput { StartDate = today, EndDate = today.AddMonths(6) };
    }

    protected override async Task<GroupInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.WorkingGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is { } g ? GroupInput.From(g) : null;

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken)
    {
        var result = await groups.SaveAsync(Id, Input, cancellationToken);
        if (result.Value is { } group) savedId = group.Id;
        return result;
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Dossiers = (await db.Dossiers.AsNoTracking().OrderByDescending(d => d.ReceivedOn).Select(d => new { d.Id, d.Name, d.ReceivedOn }).ToListAsync(cancellationToken))
            .Select(d => new SelectListItem($"{d.Name} (reçu le {FrenchDates.Numeric(d.ReceivedOn)})", d.Id.ToString())).ToList();
        var axes = await db.Axes.AsNoTracking().OrderByDescending(a => a.WorkProgramme.StartDate).ThenBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Name, Programme = a.WorkProgramme.Name }).ToListAsync(cancellationToken);
        // One group object per programme, so the select draws one optgroup each.
        var programmes = axes.Select(a => a.Programme).Distinct().ToDictionary(n => n, n => new SelectListGroup { Name = n });
        Axes = axes.Select(a => new SelectListItem($"{a.Number}. {a.Name}", a.Id.ToString()) { Group = programmes[a.Programme] }).ToList();
    }
}
