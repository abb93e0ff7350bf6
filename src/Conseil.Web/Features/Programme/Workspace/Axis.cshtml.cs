using Conseil.Web.Data;
using Conseil.Web.Features.Composition.Workspace;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Programme.Workspace;

/// <summary>Creates or edits an axis of a work programme.</summary>
public class AxisModel(AppDb db, ProgrammeService programmes, ProgrammeChoices choices) : EditorPage<AxisInput>
{
    [FromQuery(Name = "programme")] public int? ProgrammeId { get; set; }
    public List<SelectListItem> Programmes { get; private set; } = [];

    protected override string SavedMessage => IsNew ? "L'axe a été ajouté au programme." : "L'axe a été modifié.";
    protected override string ReturnUrl => $"/espace/programme?programme={Input.WorkProgrammeId}";

    protected override AxisInput Blank() => new()
    {
        WorkProgrammeId = ProgrammeId,
        Number = ProgrammeId is { } id ? db.Axes.Where(a => a.WorkProgrammeId == id).Max(a => (int?)a.Number) + 1 ?? 1 : 1,
    };

    protected override async Task<AxisInput?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Axes.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is { } a ? AxisInput.From(a) : null;

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) => Programmes = await choices.ProgrammesAsync(cancellationToken);

    protected override async Task<WriteResult> SaveAsync(CancellationToken cancellationToken) =>
        await programmes.SaveAxisAsync(Id, Input, cancellationToken);
}
