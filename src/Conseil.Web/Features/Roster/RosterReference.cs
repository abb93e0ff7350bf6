using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Roster;

/// <summary>
/// The composition an import is checked against, loaded once (a few hundred rows at most) and tracked,
/// so that applying the import changes these very entities.
/// </summary>
public sealed class RosterReference
{
    public required IReadOnlyList<College> Colleges { get; init; }
    public required IReadOnlyList<Seat> Seats { get; init; }
    public required IReadOnlyList<Organisation> Organisations { get; init; }
    public required IReadOnlyList<Term> Terms { get; init; }
    public required IReadOnlyList<Person> People { get; init; }
    public required IReadOnlyList<Mandate> Mandates { get; init; }

    public static async Task<RosterReference> LoadAsync(AppDb db, CancellationToken cancellationToken) => new()
    {
        Colleges = await db.Colleges.ToListAsync(cancellationToken),
        Seats = await db.Seats.ToListAsync(cancellationToken),
        Organisations = await db.Organisations.ToListAsync(cancellationToken),
        Terms = await db.Terms.ToListAsync(cancellationToken),
        People = await db.People.ToListAsync(cancellationToken),
        Mandates = await db.Mandates.ToListAsync(cancellationToken),
    };

    public College? College(int number) => Colleges.FirstOrDefault(c => c.Number == number);

    public Seat? Seat(College college, int number) =>
        Seats.FirstOrDefault(s => s.CollegeId == college.Id && s.Number == number);

    public Organisation? Organisation(string acronym) =>
        Organisations.FirstOrDefault(o => RosterText.Key(o.Acronym) == RosterText.Key(acronym));

    public Term? Term(string name) => Terms.FirstOrDefault(t => RosterText.Key(t.Name) == RosterText.Key(name));
}
