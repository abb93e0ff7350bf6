using Conseil.Web.Data;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Programme;

public sealed record ProgrammeHeader(int Id, string Name, DateOnly StartDate, DateOnly EndDate, DateOnly? AdoptedOn);

public sealed record ProgrammeView(
    int Id, string Name, DateOnly StartDate, DateOnly EndDate, DateOnly? AdoptedOn, string Introduction, IReadOnlyList<AxisView> Axes);

public sealed record AxisView(int Id, int Number, string Name, string Description, IReadOnlyList<WorkItemView> Items)
{
    public int Count(WorkItemProgress progress) => Items.Count(i => i.Progress == progress);
}

public sealed record WorkItemView(
    int Id, string Name, string? Body, DeliverableKind Deliverable, DateOnly? PlannedOn, WorkItemProgress Progress, int? DossierId, string? DossierName)
{
    /// <summary>Its planned date has passed and it is neither delivered nor dropped.</summary>
    public bool IsOverdue(DateOnly today) =>
        PlannedOn < today && Progress is WorkItemProgress.Planned or WorkItemProgress.InProgress;
}

/// <summary>The programmes as the public page and the members' timeline read them: one statement per programme list or programme.</summary>
public sealed class ProgrammeQueries(AppDb db, TimeProvider clock)
{
    public DateOnly Today => FrenchDates.Today(clock);

    /// <summary>The programmes adopted in plenary, the latest first, with their axes and work items (never a proposal).</summary>
    /// <summary>
    /// The programmes adopted in plenary, the latest first, with their axes and work items: never a proposal, and never
    /// the dossier behind a work item (a dossier under instruction is private: its existence must not leak).
    /// </summary>
    public async Task<IReadOnlyList<ProgrammeView>> AdoptedAsync(CancellationToken ct) =>
        await Views(db.WorkProgrammes.Where(p => p.AdoptedOn != null), withDossiers: false).ToListAsync(ct);

    /// <summary>The programmes a reader may choose from: adopted ones, and proposals too for the secretariat.</summary>
    public async Task<IReadOnlyList<ProgrammeHeader>> HeadersAsync(bool withProposals, CancellationToken ct) =>
        await db.WorkProgrammes.AsNoTracking().Where(p => withProposals || p.AdoptedOn != null)
            .OrderByDescending(p => p.StartDate).ThenBy(p => p.Id)
            .Select(p => new ProgrammeHeader(p.Id, p.Name, p.StartDate, p.EndDate, p.AdoptedOn)).ToListAsync(ct);

    /// <summary>The one to show first: the requested one if listed, else the adopted programme running today, else the latest.</summary>
    public ProgrammeHeader? Choose(IReadOnlyList<ProgrammeHeader> headers, int? requested)
    {
        var today = Today;
        return headers.FirstOrDefault(h => h.Id == requested)
            ?? headers.FirstOrDefault(h => h.AdoptedOn is not null && h.StartDate <= today && today <= h.EndDate)
            ?? headers.FirstOrDefault(h => h.AdoptedOn is not null)
            ?? (headers.Count > 0 ? headers[0] : null);
    }

    public async Task<ProgrammeView?> ViewAsync(int id, CancellationToken ct) =>
        await Views(db.WorkProgrammes.Where(p => p.Id == id), withDossiers: true).SingleOrDefaultAsync(ct);

    private static IQueryable<ProgrammeView> Views(IQueryable<WorkProgramme> programmes, bool withDossiers) => programmes.AsNoTracking()
        .OrderByDescending(p => p.StartDate).ThenBy(p => p.Id)
        .Select(p => new ProgrammeView(p.Id, p.Name, p.StartDate, p.EndDate, p.AdoptedOn, p.Introduction,
            p.Axes.OrderBy(a => a.Number).Select(a => new AxisView(a.Id, a.Number, a.Name, a.Description,
                a.Items.OrderBy(i => i.PlannedOn == null).ThenBy(i => i.PlannedOn).ThenBy(i => i.SortOrder)
                    .Select(i => new WorkItemView(i.Id, i.Name, i.Body == null ? null : i.Body.Name, i.Deliverable, i.PlannedOn, i.Progress,
                        withDossiers ? i.DossierId : null, withDossiers && i.Dossier != null ? i.Dossier.Name : null))
                    .ToList()))
                .ToList()));
}
