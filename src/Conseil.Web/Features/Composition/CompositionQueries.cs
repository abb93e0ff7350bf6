using Conseil.Web.Data;
using Conseil.Web.Features.Network;
using Conseil.Web.Infrastructure.Caching;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition;

/// <summary>A seat on a day: who holds it, and the appointments made on it that start later (<see cref="Upcoming"/>).</summary>
public sealed record SeatView(Seat Seat, Mandate? FullMember, Mandate? Substitute, IReadOnlyList<Mandate> Upcoming)
{
    public bool IsVacant => FullMember is null;

    /// <summary>The full member appointed to start later, when the seat is vacant until then.</summary>
    public Mandate? NextFullMember => Upcoming.FirstOrDefault(m => m.Role == MandateRole.FullMember);
    public string OrganisationName => (FullMember?.Organisation ?? Seat.Organisation)?.Acronym ?? "";
}

public sealed record CollegeView(College College, IReadOnlyList<SeatView> Seats)
{
    public int Filled => Seats.Count(s => !s.IsVacant);
    public int Vacant => College.Quota - Filled;
}

public sealed record CompositionView(
    DateOnly Day,
    Term? Term,
    IReadOnlyList<Body> Bodies,
    IReadOnlyList<CollegeView> Colleges,
    IReadOnlyList<Office> Offices,
    IReadOnlyList<BodyMembership> Memberships,
    IReadOnlyList<LocalCommittee> LocalCommittees)
{
    public int Quota => Colleges.Sum(c => c.College.Quota);
    public int Vacant => Colleges.Sum(c => c.Vacant);
}

/// <summary>
/// The composition on a given day, read in a fixed number of queries whatever its size, and shared by the requests
/// that ask for today's until a save evicts <see cref="PageCacheTags.Composition"/> (<see cref="ReadCache"/>).
/// The context is resolved on a miss only: building a DbContext is a measurable part of a page served from the cache.
/// </summary>
public sealed class CompositionQueries(IServiceProvider services, TimeProvider clock, ReadCache cache)
{
    /// <summary>A safety net only: evictions make changes visible at once.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public DateOnly Today => FrenchDates.Today(clock);

    /// <summary>Today's is shared; another day's (the API's date parameter) is read for its request only.</summary>
    public Task<CompositionView> OnAsync(DateOnly day, CancellationToken cancellationToken) => day == Today
        ? cache.GetOrReadAsync(PageCacheTags.Composition, day, Lifetime, ct => ReadAsync(day, ct), cancellationToken)
        : ReadAsync(day, cancellationToken);

    private async Task<CompositionView> ReadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDb>();
        var term = await db.Terms.AsNoTracking()
            .Where(t => t.StartDate <= day && day <= t.EndDate)
            .OrderByDescending(t => t.StartDate)
            .FirstOrDefaultAsync(cancellationToken);
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);
        var colleges = await db.Colleges.AsNoTracking().OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var seats = await db.Seats.AsNoTracking().Include(s => s.Organisation).Include(s => s.College)
            .OrderBy(s => s.Number).ToListAsync(cancellationToken);
        // Current and upcoming mandates in one query: a mandate starting later is an appointment to come, not a holder.
        var mandates = await db.Mandates.AsNoTracking().Include(m => m.Person).Include(m => m.Organisation)
            .Where(m => m.Status == MandateStatus.Active && day <= m.EndDate)
            .ToListAsync(cancellationToken);
        var offices = await db.Offices.AsNoTracking().Include(o => o.Person)
            .Where(o => o.StartDate <= day && (o.EndDate == null || day <= o.EndDate))
            .OrderBy(o => o.Kind).ThenBy(o => o.StartDate)
            .ToListAsync(cancellationToken);
        var memberships = await db.BodyMemberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.StartDate <= day && (m.EndDate == null || day <= m.EndDate))
            .ToListAsync(cancellationToken);
        var committees = (await db.LocalCommittees.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.TerritoryName, FrenchOrder.Instance).ToList();

        var bySeat = mandates.Where(m => m.StartDate <= day).ToLookup(m => m.SeatId);
        var upcoming = mandates.Where(m => m.StartDate > day).OrderBy(m => m.StartDate).ThenBy(m => m.Role).ToLookup(m => m.SeatId);
        var collegeViews = colleges.Select(c => new CollegeView(c, seats
            .Where(s => s.CollegeId == c.Id)
            .Select(s => new SeatView(s,
                bySeat[s.Id].FirstOrDefault(m => m.Role == MandateRole.FullMember),
                bySeat[s.Id].FirstOrDefault(m => m.Role == MandateRole.Substitute),
                upcoming[s.Id].ToList()))
            .ToList())).ToList();
        return new CompositionView(day, term, bodies, collegeViews, offices,
            memberships.OrderBy(m => m.Person.SearchKey, StringComparer.Ordinal).ThenBy(m => m.Person.SortName, StringComparer.Ordinal).ToList(), committees);
    }
}
