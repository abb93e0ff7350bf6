using Conseil.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Programme;

/// <summary>The lists the programme's forms choose from, one query each.</summary>
public sealed class ProgrammeChoices(AppDb db)
{
    public async Task<List<SelectListItem>> ProgrammesAsync(CancellationToken ct) =>
        (await db.WorkProgrammes.AsNoTracking().OrderByDescending(p => p.StartDate).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
        .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToList();

    /// <summary>Every axis, grouped under its programme, the latest programme first.</summary>
    public async Task<List<SelectListItem>> AxesAsync(CancellationToken ct)
    {
        var axes = await db.Axes.AsNoTracking()
            .OrderByDescending(a => a.WorkProgramme.StartDate).ThenBy(a => a.WorkProgrammeId).ThenBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Name, a.WorkProgrammeId, Programme = a.WorkProgramme.Name }).ToListAsync(ct);
        var groups = axes.Select(a => (a.WorkProgrammeId, a.Programme)).Distinct()
            .ToDictionary(p => p.WorkProgrammeId, p => new SelectListGroup { Name = p.Programme });
        return axes.Select(a => new SelectListItem($"Axe {a.Number} : {a.Name}", a.Id.ToString()) { Group = groups[a.WorkProgrammeId] }).ToList();
    }

    public async Task<List<SelectListItem>> BodiesAsync(CancellationToken ct) =>
        (await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
        .Select(b => new SelectListItem(b.Name, b.Id.ToString())).ToList();

    /// <summary>The dossiers, the latest received first.</summary>
    public async Task<List<SelectListItem>> DossiersAsync(CancellationToken ct) =>
        (await db.Dossiers.AsNoTracking().OrderByDescending(d => d.ReceivedOn).ThenByDescending(d => d.Id).Select(d => new { d.Id, d.Name }).ToListAsync(ct))
        .Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToList();
}
