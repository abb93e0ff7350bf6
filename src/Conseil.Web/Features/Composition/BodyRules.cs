using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;

namespace Conseil.Web.Features.Composition;

/// <summary>
/// What a body's composition must respect when a member joins or its rules change (standing commission: the
/// president and at most 12 members, the vice-presidents among them; CEDTS: the president, the vice-presidents
/// and one representative per college). Checked on the day the new participation starts, against the
/// participations holding a place that day or later (<see cref="BodyMembership.HoldsPlaceOn"/>).
/// <para>
/// The president presides these bodies ex officio ("le président et au plus 12 membres"): never recorded as a
/// member, so never counted, and recording him is refused. The vice-presidents are recorded like any member and
/// count towards the maximum, but represent no college.
/// </para>
/// </summary>
public static class BodyRules
{
    /// <summary>The person who would join, as the rules see them on the day they would start.</summary>
    public sealed record Candidate(string Name, bool IsPresident, bool IsVicePresident, IReadOnlyList<College> MandateColleges);

    /// <summary>A participation holding a place, with the college it represents (if any).</summary>
    public sealed record Seated(string Name, int? CollegeId);

    /// <summary>
    /// Refusals that concern the person (<see cref="Ineligible"/>: a 400) or the room left in the body
    /// (<see cref="NoRoom"/>: a 409); otherwise the college the newcomer will represent, if the body has one per college.
    /// </summary>
    public sealed record Admission(IReadOnlyList<RuleViolation> Ineligible, IReadOnlyList<RuleViolation> NoRoom, int? CollegeId);

    public static Admission Admit(Body body, Candidate candidate, IReadOnlyList<Seated> seated)
    {
        const string field = nameof(MembershipInput.PersonId);
        if (!body.HasRules) return new([], [], null);
        if (candidate.IsPresident)
        {
            return new([new(field, $"{candidate.Name} préside le Haut Conseil : la présidence siège de droit à {BodyLabels.The(body)} " +
                "sans être comptée parmi ses membres, inutile de l'y inscrire.")], [], null);
        }
        var needsCollege = body.OnePerCollege && !candidate.IsVicePresident;
        if (needsCollege && candidate.MandateColleges.Count == 0)
        {
            return new([new(field, $"{candidate.Name} ne détient pas de mandat en cours dans un collège : siègent à {BodyLabels.The(body)}, " +
                "outre le président et les vice-présidents, un représentant de chaque collège.")], [], null);
        }

        var noRoom = new List<RuleViolation>();
        if (body.MaxMembers is { } max && seated.Count >= max)
        {
            var limit = seated.Count == max ? "le maximum fixé" : $"le maximum fixé est {max}";
            noRoom.Add(new(field, $"{BodyLabels.Capitalised(body)} compte déjà {French.Count(seated.Count, "membre", "membres")} ({limit}) : " +
                "mettez fin à une participation avant d'en ajouter une."));
        }
        if (!needsCollege) return new([], noRoom, null);
        var free = candidate.MandateColleges.FirstOrDefault(c => RepresentativeOf(c, seated) is null);
        if (free is null)
        {
            noRoom.AddRange(candidate.MandateColleges.Select(c => new RuleViolation(field,
                $"Le collège « {c.Name} » a déjà un représentant à {BodyLabels.The(body)} : {RepresentativeOf(c, seated)!.Name}.")));
        }
        return new([], noRoom, free?.Id);
    }

    /// <summary>A new maximum may not leave more members than it allows.</summary>
    public static RuleViolation? CheckMaximum(Body body, int? max, int seatedCount) =>
        max is not null && seatedCount > max
            ? new(nameof(BodyRulesInput.MaxMembers), $"{BodyLabels.Capitalised(body)} compte {French.Count(seatedCount, "membre", "membres")} : " +
                $"le maximum ne peut pas être inférieur. Mettez d'abord fin à des participations.")
            : null;

    /// <summary>A member already seated, for <see cref="RepresentColleges"/>.</summary>
    public sealed record Member(int MembershipId, Candidate Person, int? CollegeId);

    /// <summary>
    /// When one representative per college is switched on, the seated members who represent no college yet are
    /// given the college of their current mandate, in the order given (the order they joined); each who has none,
    /// or finds it taken, is a reason to refuse the switch.
    /// </summary>
    public static (IReadOnlyList<RuleViolation> Errors, IReadOnlyDictionary<int, int> Colleges) RepresentColleges(
        Body body, IReadOnlyList<Member> members)
    {
        var onePerCollege = new Body { Slug = body.Slug, Name = body.Name, Kind = body.Kind, OnePerCollege = true };
        var seated = members.Where(m => m.CollegeId is not null).Select(m => new Seated(m.Person.Name, m.CollegeId)).ToList();
        var errors = new List<RuleViolation>();
        var colleges = new Dictionary<int, int>();
        foreach (var member in members.Where(m => m.CollegeId is null && !m.Person.IsPresident && !m.Person.IsVicePresident))
        {
            var admission = Admit(onePerCollege, member.Person, seated);
            var refusal = admission.Ineligible.Concat(admission.NoRoom).FirstOrDefault();
            if (refusal is not null)
            {
                errors.Add(new(nameof(BodyRulesInput.OnePerCollege),
                    $"Pour appliquer cette règle, mettez d'abord fin à la participation {French.Of(member.Person.Name)}. {refusal.Message}"));
                continue;
            }
            colleges[member.MembershipId] = admission.CollegeId!.Value;
            seated.Add(new(member.Person.Name, admission.CollegeId));
        }
        return (errors, colleges);
    }

    public static Seated? RepresentativeOf(College college, IEnumerable<Seated> seated) =>
        seated.FirstOrDefault(s => s.CollegeId == college.Id);
}
