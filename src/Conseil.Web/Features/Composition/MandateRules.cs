using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;

namespace Conseil.Web.Features.Composition;

/// <summary>What a mandate must respect before it is saved. Each broken rule names the field it concerns.</summary>
public static class MandateRules
{
    public sealed record Candidate(
        int Id, int SeatId, int PersonId, int TermId, MandateRole Role, DateOnly StartDate, DateOnly EndDate);

    /// <summary>
    /// Checks a candidate mandate against its seat's college, its term, the other mandates on the seat
    /// and the person's other mandates in the same college (pass both lists unfiltered by date).
    /// </summary>
    public static IReadOnlyList<RuleViolation> Check(
        Candidate candidate,
        College college,
        Term term,
        IEnumerable<Mandate> mandatesOnSeat,
        IEnumerable<Mandate> personMandatesInCollege)
    {
        var errors = new List<RuleViolation>();
        if (candidate.EndDate < candidate.StartDate)
        {
            errors.Add(new("EndDate", "La date de fin doit être postérieure ou égale à la date de début."));
            return errors;
        }
        if (candidate.StartDate < term.StartDate || candidate.EndDate > term.EndDate)
        {
            errors.Add(new("EndDate",
                $"Le mandat doit s'inscrire dans la mandature {term.Name} " +
                $"({FrenchDates.NumericSpan(term.StartDate, term.EndDate)})."));
        }
        if (candidate.Role == MandateRole.Substitute && !college.HasSubstitutes)
        {
            errors.Add(new("Role", $"Le collège « {college.Name} » ne comprend pas de suppléants."));
        }

        var others = mandatesOnSeat.Where(m => m.Id != candidate.Id).ToList();
        var sameRoleOverlap = others.FirstOrDefault(m =>
            m.Role == candidate.Role && m.Overlaps(candidate.StartDate, candidate.EndDate));
        if (sameRoleOverlap is not null)
        {
            errors.Add(new("StartDate",
                $"Ce siège a déjà un {RoleLabel(candidate.Role)} {FrenchDates.NumericSpan(sameRoleOverlap.StartDate, sameRoleOverlap.EndDate)} : " +
                "les deux mandats se chevauchent."));
        }
        if (candidate.Role == MandateRole.Substitute &&
            !others.Any(m => m.Role == MandateRole.FullMember && m.Overlaps(candidate.StartDate, candidate.EndDate)))
        {
            errors.Add(new("Role", "Un suppléant ne peut être nommé que sur un siège qui a un titulaire sur la même période."));
        }

        var secondSeat = personMandatesInCollege.FirstOrDefault(m =>
            m.Id != candidate.Id && m.PersonId == candidate.PersonId && m.TermId == candidate.TermId &&
            (m.SeatId != candidate.SeatId || m.Role != candidate.Role));
        if (secondSeat is not null)
        {
            errors.Add(new("PersonId",
                $"Cette personne détient déjà un mandat dans le collège « {college.Name} » pour la mandature {term.Name}."));
        }
        return errors;
    }

    public static string RoleLabel(MandateRole role) => role switch
    {
        MandateRole.FullMember => "titulaire",
        _ => "suppléant",
    };
}
