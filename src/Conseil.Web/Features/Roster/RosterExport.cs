using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Roster;

/// <summary>One current mandate as the public exports show it: no e-mail, no gender.</summary>
public sealed record ExportRow(
    int CollegeId, int CollegeNumber, int SeatNumber, string SeatLabel, Organisation? Organisation, MandateRole Role,
    int PersonId, string FamilyName, string GivenName, DateOnly StartDate, DateOnly EndDate, string Term, string AppointingAct)
{
    public string RoleLabel => MandateRules.RoleLabel(Role);
}

/// <summary>The current composition for the exports, read in one query whatever its size.</summary>
public sealed class RosterExport(AppDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExportRow>> CurrentAsync(CancellationToken cancellationToken)
    {
        var today = FrenchDates.Today(clock);
        var mandates = await db.Mandates.AsNoTracking()
            .Include(m => m.Seat).ThenInclude(s => s.College)
            .Include(m => m.Seat).ThenInclude(s => s.Organisation)
            .Include(m => m.Organisation).Include(m => m.Person).Include(m => m.Term)
            .Where(m => m.Status == MandateStatus.Active && m.StartDate <= today && today <= m.EndDate)
            .ToListAsync(cancellationToken);
        return [.. mandates
            .OrderBy(m => m.Seat.College.Number).ThenBy(m => m.Seat.Number).ThenBy(m => m.Role)
            .Select(m => new ExportRow(m.Seat.CollegeId, m.Seat.College.Number, m.Seat.Number, m.Seat.Label,
                m.Organisation ?? m.Seat.Organisation, m.Role, m.PersonId, m.Person.FamilyName, m.Person.GivenName,
                m.StartDate, m.EndDate, m.Term.Name, m.AppointingAct))];
    }

    public async Task<IReadOnlyList<Body>> BodiesAsync(CancellationToken cancellationToken) =>
        await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<College>> CollegesAsync(CancellationToken cancellationToken) =>
        await db.Colleges.AsNoTracking().OrderBy(c => c.Number).ToListAsync(cancellationToken);
}
