using Conseil.Web.Data;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Programme;

/// <summary>
/// The secretariat's changes to the work programmes: a programme, its axes and their work items. A programme with an
/// adoption date is published on /programme (the public page's cache is evicted by the save, PageCacheTags.Programme).
/// </summary>
public sealed class ProgrammeService(AppDb db, TimeProvider clock)
{
    public async Task<WriteResult<WorkProgramme>> SaveProgrammeAsync(int? id, ProgrammeInput input, CancellationToken ct)
    {
        if (input.EndDate < input.StartDate)
            return WriteResult<WorkProgramme>.Invalid(nameof(input.EndDate), "La date de fin doit être postérieure ou égale à la date de début.");
        if (input.AdoptedOn > FrenchDates.Today(clock))
            return WriteResult<WorkProgramme>.Invalid(nameof(input.AdoptedOn),
                "La date d'adoption ne peut pas être postérieure à aujourd'hui : enregistrez-la après le vote de l'assemblée plénière.");
        if (input.AdoptedOn > input.EndDate)
            return WriteResult<WorkProgramme>.Invalid(nameof(input.AdoptedOn), "La date d'adoption doit précéder la fin du programme.");
        var programme = id is null ? new WorkProgramme { Name = "" } : await db.WorkProgrammes.FindAsync([id.Value], ct);
        if (programme is null) return WriteResult<WorkProgramme>.NotFound();
        var name = input.Name!.Trim();
        if (await db.WorkProgrammes.AnyAsync(p => p.Name == name && p.Id != programme.Id, ct))
            return WriteResult<WorkProgramme>.Invalid(nameof(input.Name), $"Un programme s'intitule déjà « {name} ».");
        programme.Name = name;
        programme.StartDate = input.StartDate!.Value;
        programme.EndDate = input.EndDate!.Value;
        programme.AdoptedOn = input.AdoptedOn;
        programme.Introduction = input.Introduction?.Trim() ?? "";
        if (id is null) db.WorkProgrammes.Add(programme);
        await db.SaveChangesAsync(ct);
        return WriteResult<WorkProgramme>.Saved(programme);
    }

    public async Task<WriteResult<Axis>> SaveAxisAsync(int? id, AxisInput input, CancellationToken ct)
    {
        var axis = id is null ? new Axis { Name = "" } : await db.Axes.FindAsync([id.Value], ct);
        if (axis is null) return WriteResult<Axis>.NotFound();
        if (!await db.WorkProgrammes.AnyAsync(p => p.Id == input.WorkProgrammeId, ct))
            return WriteResult<Axis>.Invalid(nameof(input.WorkProgrammeId), "Ce programme n'existe pas.");
        if (await db.Axes.AnyAsync(a => a.WorkProgrammeId == input.WorkProgrammeId && a.Number == input.Number && a.Id != axis.Id, ct))
            return WriteResult<Axis>.Invalid(nameof(input.Number), $"Ce programme a déjà un axe n° {input.Number}.");
        axis.WorkProgrammeId = input.WorkProgrammeId!.Value;
        axis.Number = input.Number!.Value;
        axis.Name = input.Name!.Trim();
        axis.Description = input.Description?.Trim() ?? "";
        if (id is null) db.Axes.Add(axis);
        await db.SaveChangesAsync(ct);
        return WriteResult<Axis>.Saved(axis);
    }

    public async Task<WriteResult<WorkItem>> SaveWorkItemAsync(int? id, WorkItemInput input, CancellationToken ct)
    {
        var item = id is null ? new WorkItem { Name = "" } : await db.WorkItems.FindAsync([id.Value], ct);
        if (item is null) return WriteResult<WorkItem>.NotFound();
        if (!await db.Axes.AnyAsync(a => a.Id == input.AxisId, ct))
            return WriteResult<WorkItem>.Invalid(nameof(input.AxisId), "Cet axe n'existe pas.");
        if (input.BodyId is not null && !await db.Bodies.AnyAsync(b => b.Id == input.BodyId, ct))
            return WriteResult<WorkItem>.Invalid(nameof(input.BodyId), "Cette instance n'existe pas.");
        if (input.DossierId is not null && !await db.Dossiers.AnyAsync(d => d.Id == input.DossierId, ct))
            return WriteResult<WorkItem>.Invalid(nameof(input.DossierId), "Ce dossier n'existe pas.");
        if (!Enum.IsDefined(input.Deliverable) || !Enum.IsDefined(input.Progress))
            return WriteResult<WorkItem>.Invalid(nameof(input.Deliverable), "Choisissez un livrable et un avancement de la liste.");
        if (id is null || item.AxisId != input.AxisId)
            item.SortOrder = (await db.WorkItems.Where(i => i.AxisId == input.AxisId).MaxAsync(i => (int?)i.SortOrder, ct) ?? 0) + 1;
        item.AxisId = input.AxisId!.Value;
        item.Name = input.Name!.Trim();
        item.BodyId = input.BodyId;
        item.Deliverable = input.Deliverable;
        item.PlannedOn = input.PlannedOn;
        item.Progress = input.Progress;
        item.DossierId = input.DossierId;
        if (id is null) db.WorkItems.Add(item);
        await db.SaveChangesAsync(ct);
        return WriteResult<WorkItem>.Saved(item);
    }
}
