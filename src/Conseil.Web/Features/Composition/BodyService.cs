using Conseil.Web.Data;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition;

/// <summary>
/// Members of a body and its rules, for the workspace page and the API alike, enforcing <see cref="BodyRules"/>.
/// Every write to a body's members or rules holds that body's lock: two simultaneous additions cannot both take
/// the last place, nor an addition slip under a maximum being lowered.
/// </summary>
public sealed class BodyService(AppDb db, TimeProvider clock)
{
    private sealed record Place(int MembershipId, int PersonId, int? CollegeId, BodyRules.Seated Seated);

    private DateOnly Today => FrenchDates.Today(clock);

    public async Task<WriteResult<BodyMembership>> AddMemberAsync(int bodyId, MembershipInput input, CancellationToken ct)
    {
        // Locked before the body is read: its rules cannot change between the check and the insert.
        await using var transaction = await db.BeginLockedAsync([LockOf(bodyId)], ct);
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId, ct);
        if (body is null) return WriteResult<BodyMembership>.NotFound();
        // Tracked, so the new membership's Person is filled in for the API's answer.
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == input.PersonId, ct);
        if (person is null) return WriteResult<BodyMembership>.Invalid(nameof(input.PersonId), "Cette personne n'existe pas.");
        var personId = person.Id;
        var start = input.StartDate!.Value;
        if (await db.BodyMemberships.Where(BodyMembership.HoldsPlaceOn(start))
                .AnyAsync(m => m.BodyId == bodyId && m.PersonId == personId, ct) ||
            await db.BodyMemberships.AnyAsync(m => m.BodyId == bodyId && m.PersonId == personId && m.StartDate == start, ct))
            return WriteResult<BodyMembership>.Invalid(nameof(input.PersonId), "Cette personne est déjà membre de cette instance.");
        var places = await PlacesAsync(bodyId, start, ct);
        var candidate = (await CandidatesAsync([personId], start, ct))[personId];
        var admission = BodyRules.Admit(body, candidate, [.. places.Select(p => p.Seated)]);
        if (admission.Ineligible.Count > 0) return WriteResult<BodyMembership>.Invalid(admission.Ineligible);
        if (admission.NoRoom.Count > 0) return WriteResult<BodyMembership>.Conflict(admission.NoRoom);

        var membership = new BodyMembership
        {
            BodyId = bodyId, PersonId = personId, Role = input.Role, StartDate = start, RepresentedCollegeId = admission.CollegeId,
        };
        db.BodyMemberships.Add(membership);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<BodyMembership>.Saved(membership);
    }

    public async Task<WriteResult<BodyMembership>> EndMembershipAsync(int bodyId, int membershipId, CancellationToken ct)
    {
        var membership = await db.BodyMemberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.BodyId == bodyId, ct);
        if (membership is null) return WriteResult<BodyMembership>.NotFound();
        membership.EndDate = Today < membership.StartDate ? membership.StartDate : Today;
        await db.SaveChangesAsync(ct);
        return WriteResult<BodyMembership>.Saved(membership);
    }

    public async Task<WriteResult<Body>> SaveRulesAsync(int bodyId, BodyRulesInput input, CancellationToken ct)
    {
        await using var transaction = await db.BeginLockedAsync([LockOf(bodyId)], ct);
        var body = await db.Bodies.FindAsync([bodyId], ct);
        if (body is null) return WriteResult<Body>.NotFound();
        var places = await PlacesAsync(bodyId, Today, ct);
        var errors = new List<RuleViolation>();
        if (BodyRules.CheckMaximum(body, input.MaxMembers, places.Count) is { } tooLow) errors.Add(tooLow);
        IReadOnlyDictionary<int, int> colleges = new Dictionary<int, int>();
        if (input.OnePerCollege && !body.OnePerCollege)
        {
            var candidates = await CandidatesAsync([.. places.Select(p => p.PersonId)], Today, ct);
            (var refusals, colleges) = BodyRules.RepresentColleges(body,
                [.. places.Select(p => new BodyRules.Member(p.MembershipId, candidates[p.PersonId], p.CollegeId))]);
            errors.AddRange(refusals);
        }
        if (errors.Count > 0) return WriteResult<Body>.Invalid(errors);

        body.MaxMembers = input.MaxMembers;
        body.OnePerCollege = input.OnePerCollege;
        foreach (var membership in await db.BodyMemberships.Where(m => colleges.Keys.Contains(m.Id)).ToListAsync(ct))
            membership.RepresentedCollegeId = colleges[membership.Id];
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<Body>.Saved(body);
    }

    /// <summary>
    /// Changes how the body deliberates. Meetings already concluded keep the quorum they were concluded under; planned
    /// meetings follow the new rules, and proxies already given stay valid.
    /// </summary>
    public async Task<WriteResult<Body>> SaveDeliberationAsync(int bodyId, DeliberationInput input, CancellationToken ct)
    {
        if (input.Quorum is not { } quorum || !Enum.IsDefined(quorum))
            return WriteResult<Body>.Invalid(nameof(input.Quorum), "Choisissez le quorum dans la liste.");
        if (input.Majority is not { } majority || !Enum.IsDefined(majority))
            return WriteResult<Body>.Invalid(nameof(input.Majority), "Choisissez la majorité requise dans la liste.");
        var body = await db.Bodies.FindAsync([bodyId], ct);
        if (body is null) return WriteResult<Body>.NotFound();
        body.Quorum = quorum;
        body.SecondConvocationWithoutQuorum = input.SecondConvocationWithoutQuorum;
        body.Majority = majority;
        body.MaxProxiesHeld = input.MaxProxiesHeld!.Value;
        await db.SaveChangesAsync(ct);
        return WriteResult<Body>.Saved(body);
    }

    private static string LockOf(int bodyId) => $"body-members:{bodyId}";

    /// <summary>The participations holding a place in the body on that day or later, in the order they began.</summary>
    private async Task<List<Place>> PlacesAsync(int bodyId, DateOnly day, CancellationToken ct) =>
        (await db.BodyMemberships.AsNoTracking().Where(BodyMembership.HoldsPlaceOn(day)).Where(m => m.BodyId == bodyId)
            .OrderBy(m => m.StartDate).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.PersonId, m.RepresentedCollegeId, m.Person.GivenName, m.Person.FamilyName })
            .ToListAsync(ct))
        .Select(m => new Place(m.Id, m.PersonId, m.RepresentedCollegeId, new($"{m.GivenName} {m.FamilyName}", m.RepresentedCollegeId)))
        .ToList();

    /// <summary>The people as the rules see them on that day: offices held, colleges of their current mandates.</summary>
    private async Task<Dictionary<int, BodyRules.Candidate>> CandidatesAsync(IReadOnlyCollection<int> personIds, DateOnly day, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(ct);
        var offices = await db.Offices.AsNoTracking()
            .Where(o => personIds.Contains(o.PersonId) && o.StartDate <= day && (o.EndDate == null || day <= o.EndDate))
            .Select(o => new { o.PersonId, o.Kind }).ToListAsync(ct);
        var colleges = await db.Mandates.AsNoTracking()
            .Where(m => personIds.Contains(m.PersonId) && m.Status == MandateStatus.Active && m.StartDate <= day && day <= m.EndDate)
            .Select(m => new { m.PersonId, m.Seat.College }).ToListAsync(ct);
        return people.ToDictionary(p => p.Id, p => new BodyRules.Candidate(p.FullName,
            offices.Any(o => o.PersonId == p.Id && o.Kind == OfficeKind.President),
            offices.Any(o => o.PersonId == p.Id && o.Kind == OfficeKind.VicePresident),
            [.. colleges.Where(c => c.PersonId == p.Id).Select(c => c.College).DistinctBy(c => c.Id).OrderBy(c => c.Number)]));
    }
}
