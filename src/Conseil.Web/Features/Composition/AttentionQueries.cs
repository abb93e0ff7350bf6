using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition;

public sealed record Parity(string Name, int Women, int Men, int Unspecified)
{
    public int Total => Women + Men + Unspecified;
    public int WomenPercent => Total == 0 ? 0 : (int)Math.Round(100.0 * Women / Total);
    public int MenPercent => Total == 0 ? 0 : (int)Math.Round(100.0 * Men / Total);
}

/// <summary>An appointment to come: a mandate on a seat that starts after today.</summary>
public sealed record Appointment(Seat Seat, Mandate Mandate);

public sealed record Attention(
    IReadOnlyList<Mandate> EndingSoon,
    IReadOnlyList<Appointment> Upcoming,
    IReadOnlyList<SeatView> VacantSeats,
    IReadOnlyList<SeatView> WithoutSubstitute,
    IReadOnlyList<Parity> ParityByCollege,
    IReadOnlyList<Parity> ParityByBody);

/// <summary>
/// What the secretariat must look at: mandates ending soon, appointments to come, vacancies, missing substitutes, parity.
/// A seat whose full member is appointed to start later is listed as an appointment to come, not as vacant.
/// </summary>
public sealed class AttentionQueries(AppDb db, CompositionQueries composition)
{
    public const int EndingWithinDays = 90;

    public async Task<Attention> TodayAsync(CancellationToken cancellationToken)
    {
        var today = composition.Today;
        var view = await composition.OnAsync(today, cancellationToken);
        var horizon = today.AddDays(EndingWithinDays);
        var endingSoon = await db.Mandates.AsNoTracking()
            .Include(m => m.Person).Include(m => m.Seat).ThenInclude(s => s.College)
            .Where(m => m.Status == MandateStatus.Active && m.EndDate >= today && m.EndDate <= horizon)
            .OrderBy(m => m.EndDate)
            .ToListAsync(cancellationToken);

        var seats = view.Colleges.SelectMany(c => c.Seats).ToList();
        var parityByCollege = view.Colleges.Select(c => ParityOf($"Collège {c.College.Number}",
            c.Seats.Where(s => s.FullMember is not null).Select(s => s.FullMember!.Person.Gender))).ToList();
        var parityByBody = view.Bodies
            .Select(b => (b, members: view.Memberships.Where(m => m.BodyId == b.Id).Select(m => m.Person.Gender).ToList()))
            .Where(x => x.members.Count > 0)
            .Select(x => ParityOf(x.b.Name, x.members))
            .Prepend(ParityOf("Assemblée plénière (titulaires)", seats.Where(s => s.FullMember is not null).Select(s => s.FullMember!.Person.Gender)))
            .ToList();
        return new Attention(
            endingSoon,
            [.. seats.SelectMany(s => s.Upcoming.Select(m => new Appointment(s.Seat, m))).OrderBy(a => a.Mandate.StartDate)],
            seats.Where(s => s.IsVacant && s.NextFullMember is null).ToList(),
            seats.Where(s => !s.IsVacant && s.Seat.College.HasSubstitutes && s.Substitute is null).ToList(),
            parityByCollege,
            parityByBody);
    }

    private static Parity ParityOf(string name, IEnumerable<Gender> genders)
    {
        var list = genders.ToList();
        return new Parity(name, list.Count(g => g == Gender.Female), list.Count(g => g == Gender.Male), list.Count(g => g == Gender.Unspecified));
    }
}
