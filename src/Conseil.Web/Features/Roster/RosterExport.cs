using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Roster;

/// <summary>
/// One current mandate as the public exports show it (no e-mail, no gender), or a vacant seat: no role, no person.
/// </summary>
public sealed record ExportRow(
    int CollegeId, int CollegeNumber, int SeatNumber, string SeatLabel, Organisation? Organisation, MandateRole? Role,
    int PersonId, string FamilyName, string GivenName, DateOnly? StartDate, DateOnly? EndDate, string Term, string AppointingAct)
{
    public bool IsVacant => Role is null;
    public string RoleLabel => Role is { } role ? MandateRules.RoleLabel(role) : RosterVocabulary.VacantSeat;

    public static ExportRow Vacant(Seat seat) =>
        new(seat.CollegeId, seat.College.Number, seat.Number, seat.Label, seat.Organisation, null, 0, "", "", null, null, "", "");
}

/// <summary>The current composition for the exports, read in one or two queries whatever its size.</summary>
public sealed class RosterExport(AppDb db, TimeProvider clock)
{
    /// <summary>The current mandates, and with <paramref name="withVacantSeats"/> a line for each seat without a full member.</summary>
    public async Task<IReadOnlyList<ExportRow>> CurrentAsync(bool withVacantSeats, CancellationToken cancellationToken)
    {
        var today = FrenchDates.Today(clock);
        var mandates = await db.Mandates.AsNoTracking()
            .Include(m => m.Seat).ThenInclude(s => s.College)
            .Include(m => m.Seat).ThenInclude(s => s.Organisation)
            .Include(m => m.Organisation).Include(m => m.Person).Include(m => m.Term)
            .Where(m => m.Status == MandateStatus.Active && m.StartDate <= today && today <= m.EndDate)
            .ToListAsync(cancellationToken);
        var rows = mandates.Select(m => new ExportRow(m.Seat.CollegeId, m.Seat.College.Number, m.Seat.Number, m.Seat.Label,
            m.Organisation ?? m.Seat.Organisation, m.Role, m.PersonId, m.Person.FamilyName, m.Person.GivenName,
            m.StartDate, m.EndDate, m.Term.Name, m.AppointingAct)).ToList();
        if (withVacantSeats)
        {
            var held = mandates.Where(m => m.Role == MandateRole.FullMember).Select(m => m.SeatId).ToHashSet();
            var seats = await db.Seats.AsNoTracking().Include(s => s.College).Include(s => s.Organisation).ToListAsync(cancellationToken);
            rows.AddRange(seats.Where(s => !held.Contains(s.Id)).Select(ExportRow.Vacant));
        }
        return [.. rows.OrderBy(r => r.CollegeNumber).ThenBy(r => r.SeatNumber).ThenBy(r => r.Role)];
    }

    public async Task<IReadOnlyList<Body>> BodiesAsync(CancellationToken cancellationToken) =>
        await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<College>> CollegesAsync(CancellationToken cancellationToken) =>
        await db.Colleges.AsNoTracking().OrderBy(c => c.Number).ToListAsync(cancellationToken);
}
