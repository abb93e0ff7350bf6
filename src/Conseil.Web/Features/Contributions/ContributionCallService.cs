using System.Globalization;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Contributions;

/// <summary>A call as the public form offers it: what it is about, what it asks, until when.</summary>
public sealed record OpenCall(int Id, string Name, string Scope, string Invitation, DateOnly? ClosesOn);

/// <summary>A call as the secretariat steers it.</summary>
public sealed record CallRow(int Id, int? DossierId, string Name, string Scope, string Invitation, DateOnly OpensOn, DateOnly? ClosesOn,
    bool Eligible, int Received)
{
    public bool IsOpenOn(DateOnly day) => Eligible && OpensOn <= day && (ClosesOn is null || day <= ClosesOn);
}

/// <summary>
/// Calls for contributions: which dossiers and axes the public form offers. A dossier is offered while it is
/// accepted and not yet adopted (<see cref="ContributionCall.OpenStates"/>), an axis while its programme is adopted.
/// </summary>
public sealed class ContributionCallService(AppDb db, TimeProvider clock)
{
    private const string DossierPrefix = "dossier-", AxisPrefix = "axe-";

    private IQueryable<ContributionCall> Eligible() => db.ContributionCalls.Where(c =>
        (c.DossierId != null && ContributionCall.OpenStates.Contains(c.Dossier!.State))
        || (c.AxisId != null && c.Axis!.WorkProgramme.AdoptedOn != null));

    private IQueryable<ContributionCall> OpenOn(DateOnly day) =>
        Eligible().Where(c => c.OpensOn <= day && (c.ClosesOn == null || day <= c.ClosesOn));

    /// <summary>The calls open today, for the public form: dossiers first, then axes.</summary>
    public async Task<List<OpenCall>> OpenCallsAsync(CancellationToken ct)
    {
        var rows = await OpenOn(FrenchDates.Today(clock)).AsNoTracking()
            .OrderBy(c => c.DossierId == null).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Invitation, c.ClosesOn, Dossier = c.Dossier == null ? null : c.Dossier.Name,
                Axis = c.Axis == null ? null : c.Axis.Name, Number = c.Axis == null ? 0 : c.Axis.Number,
                Programme = c.Axis == null ? null : c.Axis.WorkProgramme.Name,
            })
            .ToListAsync(ct);
        return [.. rows.Select(c => c.Dossier is not null
            ? new OpenCall(c.Id, c.Dossier, "Dossier en cours d'instruction", c.Invitation, c.ClosesOn)
            : new OpenCall(c.Id, c.Axis!, $"{c.Programme}, axe {c.Number}", c.Invitation, c.ClosesOn))];
    }

    /// <summary>The call if it is open on that day, with its dossier (whose axis a contribution takes).</summary>
    public Task<ContributionCall?> OpenAsync(int id, DateOnly day, CancellationToken ct) =>
        OpenOn(day).AsNoTracking().Include(c => c.Dossier).SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>Every call, open ones first, with the number of contributions received for its dossier or axis.</summary>
    public async Task<List<CallRow>> AllAsync(CancellationToken ct)
    {
        var rows = await db.ContributionCalls.AsNoTracking()
            .Select(c => new
            {
                c.Id, c.DossierId, c.Invitation, c.OpensOn, c.ClosesOn,
                Name = c.Dossier != null ? c.Dossier.Name : c.Axis!.Name,
                Number = c.Axis == null ? 0 : c.Axis.Number, Programme = c.Axis == null ? null : c.Axis.WorkProgramme.Name,
                Eligible = (c.DossierId != null && ContributionCall.OpenStates.Contains(c.Dossier!.State))
                    || (c.AxisId != null && c.Axis!.WorkProgramme.AdoptedOn != null),
                Received = db.Contributions.Count(x => c.DossierId != null ? x.DossierId == c.DossierId : x.AxisId == c.AxisId && x.DossierId == null),
            })
            .ToListAsync(ct);
        var today = FrenchDates.Today(clock);
        return [.. rows
            .Select(c => new CallRow(c.Id, c.DossierId, c.Name, c.DossierId is null ? $"{c.Programme}, axe {c.Number}" : "Dossier",
                c.Invitation, c.OpensOn, c.ClosesOn, c.Eligible, c.Received))
            .OrderBy(c => !c.IsOpenOn(today)).ThenBy(c => c.Name, Infrastructure.Search.FrenchOrder.Instance)];
    }

    /// <summary>What may be opened: dossiers being instructed and axes of adopted programmes, without a call open today.</summary>
    public async Task<List<SelectListItem>> TargetsAsync(CancellationToken ct)
    {
        var open = OpenOn(FrenchDates.Today(clock));
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => ContributionCall.OpenStates.Contains(d.State) && !open.Any(c => c.DossierId == d.Id))
            .OrderByDescending(d => d.ReceivedOn).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var axes = await db.Axes.AsNoTracking()
            .Where(a => a.WorkProgramme.AdoptedOn != null && !open.Any(c => c.AxisId == a.Id))
            .OrderByDescending(a => a.WorkProgramme.StartDate).ThenBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Name, Programme = a.WorkProgramme.Name }).ToListAsync(ct);
        var dossierGroup = new SelectListGroup { Name = "Dossiers en cours d'instruction" };
        var axisGroup = new SelectListGroup { Name = "Axes des programmes de travail adoptés" };
        return
        [
            .. dossiers.Select(d => new SelectListItem(d.Name, DossierPrefix + d.Id) { Group = dossierGroup }),
            .. axes.Select(a => new SelectListItem($"{a.Programme}, axe {a.Number} : {a.Name}", AxisPrefix + a.Id) { Group = axisGroup }),
        ];
    }

    /// <summary>Opens a call on the dossier or axis (or reopens its closed one), from today to the closing date.</summary>
    public async Task<WriteResult<int>> OpenAsync(CallInput input, CancellationToken ct)
    {
        var today = FrenchDates.Today(clock);
        if (input.ClosesOn is { } closes && closes < today)
            return WriteResult<int>.Invalid(nameof(input.ClosesOn), "La date de clôture ne peut pas être passée.");
        var (dossierId, axisId) = Parse(input.Target);
        var eligible = dossierId is { } d ? await db.Dossiers.AnyAsync(x => x.Id == d && ContributionCall.OpenStates.Contains(x.State), ct)
            : axisId is { } a && await db.Axes.AnyAsync(x => x.Id == a && x.WorkProgramme.AdoptedOn != null, ct);
        if (!eligible)
            return WriteResult<int>.Invalid(nameof(input.Target),
                "Choisissez un dossier en cours d'instruction ou un axe d'un programme adopté dans la liste.");
        var call = await db.ContributionCalls.SingleOrDefaultAsync(c => dossierId != null ? c.DossierId == dossierId : c.AxisId == axisId, ct);
        if (call is not null && call.IsOpenOn(today))
            return WriteResult<int>.Conflict(nameof(input.Target), "Un appel à contributions est déjà ouvert pour ce dossier ou cet axe.");
        call ??= db.ContributionCalls.Add(new ContributionCall { DossierId = dossierId, AxisId = axisId }).Entity;
        call.Invitation = input.Invitation?.Trim() ?? "";
        call.OpensOn = today;
        call.ClosesOn = input.ClosesOn;
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(call.Id);
    }

    /// <summary>Closes the call today: the form no longer offers it (its last day was yesterday).</summary>
    public async Task<WriteResult<int>> CloseAsync(int id, CancellationToken ct)
    {
        var call = await db.ContributionCalls.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (call is null) return WriteResult<int>.NotFound();
        var today = FrenchDates.Today(clock);
        if (!call.IsOpenOn(today)) return WriteResult<int>.Conflict("", "Cet appel à contributions est déjà clos.");
        call.ClosesOn = today.AddDays(-1);
        if (call.OpensOn > call.ClosesOn) call.OpensOn = call.ClosesOn.Value;
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(call.Id);
    }

    private static (int? Dossier, int? Axis) Parse(string? target) => target switch
    {
        not null when target.StartsWith(DossierPrefix, StringComparison.Ordinal) && int.TryParse(target[DossierPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) => (d, null),
        not null when target.StartsWith(AxisPrefix, StringComparison.Ordinal) && int.TryParse(target[AxisPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var a) => (null, a),
        _ => (null, null),
    };
}
