using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.Caching;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

/// <summary>A person a meeting convenes: a member of the body, or, for the plenary, the substitute of a seat's full member.</summary>
/// <param name="SubstituteFor">The full member whose seat this substitute shares; null for a full member.</param>
public sealed record Convened(int PersonId, string Name, int? SubstituteFor)
{
    public bool IsSubstitute => SubstituteFor is not null;
}

/// <summary>Who a meeting convenes, the seats its quorum counts, and the body's rules of deliberation.</summary>
public sealed record Convocation(IReadOnlyList<Convened> People, IReadOnlyList<SeatHolder> Seats, DeliberationRules Rules)
{
    public bool Convenes(int personId) => People.Any(p => p.PersonId == personId);

    public string NameOf(int personId) => People.FirstOrDefault(p => p.PersonId == personId)?.Name ?? "Cette personne";

    /// <summary>
    /// The quorum as attendance stands: a seat counts when its full member is present, remote or represented, or when
    /// the substitute sitting in their place attends.
    /// </summary>
    public QuorumCount Quorum(IReadOnlyDictionary<int, Presence> attendance, Meeting meeting)
    {
        var counted = Seats.Count(s => attendance.GetValueOrDefault(s.FullMemberId).Counts()
            || (s.SubstituteId is { } substitute && attendance.GetValueOrDefault(substitute).Attends()));
        return Meetings.Rules.Quorum.Of(Seats.Count, counted, QuorumRuleOf(meeting));
    }

    /// <summary>The rule the meeting's quorum follows: the one it was concluded under, or else the body's.</summary>
    public QuorumRule QuorumRuleOf(Meeting meeting) => meeting.Quorum ?? Rules.QuorumFor(meeting.IsSecondConvocation);
}

public sealed class Convocations(AppDb db, ReadCache cache)
{
    /// <summary>
    /// The people a meeting of the body on that day convenes: for the plenary, the full members and substitutes whose
    /// mandate is current (a seat counted once, by its full member); for another body, its members holding a place.
    /// Every page of a meeting and every ballot asks it: it is kept with the composition's shared reads, evicted with them.
    /// </summary>
    public Task<Convocation> OfAsync(int bodyId, BodyKind kind, DateOnly day, CancellationToken ct) =>
        cache.GetOrReadAsync(PageCacheTags.Composition, (nameof(Convocation), bodyId, kind, day), CompositionQueries.Lifetime, c => ReadAsync(bodyId, kind, day, c), ct);

    private async Task<Convocation> ReadAsync(int bodyId, BodyKind kind, DateOnly day, CancellationToken ct)
    {
        var rules = await db.Bodies.AsNoTracking().Where(b => b.Id == bodyId)
            .Select(b => new DeliberationRules(b.Quorum, b.SecondConvocationWithoutQuorum, b.Majority, b.MaxProxiesHeld))
            .SingleOrDefaultAsync(ct) ?? DeliberationRules.Default;
        if (kind == BodyKind.Plenary)
        {
            var mandates = await db.Mandates.AsNoTracking()
                .Where(m => m.Status == MandateStatus.Active && m.StartDate <= day && day <= m.EndDate)
                .Select(m => new { m.SeatId, m.PersonId, m.Role, m.Person.GivenName, m.Person.FamilyName })
                .ToListAsync(ct);
            var seats = mandates.GroupBy(m => m.SeatId)
                .Where(g => g.Any(m => m.Role == MandateRole.FullMember))
                .Select(g => new SeatHolder(g.First(m => m.Role == MandateRole.FullMember).PersonId,
                    g.FirstOrDefault(m => m.Role == MandateRole.Substitute)?.PersonId))
                .ToList();
            var names = mandates.DistinctBy(m => m.PersonId).ToDictionary(m => m.PersonId, m => $"{m.GivenName} {m.FamilyName}");
            var people = seats.Select(s => new Convened(s.FullMemberId, names[s.FullMemberId], null))
                .Concat(seats.Where(s => s.SubstituteId is not null).Select(s => new Convened(s.SubstituteId!.Value, names[s.SubstituteId.Value], s.FullMemberId)))
                .OrderBy(p => p.IsSubstitute).ThenBy(p => p.Name, StringComparer.Create(French.Culture, true))
                .ToList();
            return new Convocation(people, seats, rules);
        }
        var members = await db.BodyMemberships.AsNoTracking()
            .Where(m => m.BodyId == bodyId && m.StartDate <= day)
            .Where(BodyMembership.HoldsPlaceOn(day))
            .Select(m => new { m.PersonId, m.Person.GivenName, m.Person.FamilyName })
            .Distinct()
            .ToListAsync(ct);
        var list = members.Select(m => new Convened(m.PersonId, $"{m.GivenName} {m.FamilyName}", null))
            .OrderBy(p => p.Name, StringComparer.Create(French.Culture, true)).ToList();
        return new Convocation(list, [.. list.Select(p => new SeatHolder(p.PersonId, null))], rules);
    }
}
