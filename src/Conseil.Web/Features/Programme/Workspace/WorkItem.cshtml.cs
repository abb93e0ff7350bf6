using Conseil.Web.Data;
using Conseil.Web.Features.Composition.Workspace;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Programme.Workspace;

/// <summary>Creates or edits a work item: its axis, the body in charge, the deliverable and its planned date, its progress.</summary>
public class WorkItemModel(AppDb db, ProgrammeService programmes, ProgrammeChoices choices) : EditorPage<WorkItemInput>
{
    [FromQuery(Name = "axe")] public int? AxisId { get; set; }
    public List<SelectListItem> Axes { get; private set; } = [];
    public List<SelectListItem> Bodies { get; private set; } = [];
    public List<SelectListItem> Dossiers { get; private set; } = [];

    protected override string SavedMessage => IsNew ? "Le chantier a été ajouté." : "Le chantier a été modifié.";
    protected override string ReturnUrl => $"/espace/programme?programme={db.Axes.Where(a => a.Id == Input.AxisId).Select(a => a.WorkProgrammeId).Single()}";

    protected override WorkItemInput Blank() => new() { AxisId = AxisId };

    protected override async Task<WorkItemInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.WorkItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } i ? WorkItemInput.From(i) : null;

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Axes = await choices.AxesAsync(cancellationToken);
        Bodies = await choices.BodiesAsync(cancellationToken);
        Dossiers = await choices.DossiersAsync(cancellationToken);
    }

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken) =>
        await programmes.SaveWorkItemAsync(Id, Input, cancellationToken);
}
