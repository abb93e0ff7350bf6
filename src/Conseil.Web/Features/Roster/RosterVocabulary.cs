using Conseil.Web.Features.Composition;

namespace Conseil.Web.Features.Roster;

/// <summary>The French words a roster uses for roles, genders and statuses, both ways.</summary>
public static class RosterVocabulary
{
    public static MandateRole? Role(string value) => RosterText.Key(value) switch
    {
        "titulaire" => MandateRole.FullMember,
        "suppleant" or "suppleante" => MandateRole.Substitute,
        _ => null,
    };

    /// <summary>The role the exports write on the line of a vacant seat; the import skips such lines.</summary>
    public const string VacantSeat = "siège vacant";

    public static bool IsVacantSeat(string role) => RosterText.Key(role) == RosterText.Key(VacantSeat);

    public static Gender? Gender(string value) => RosterText.Key(value) switch
    {
        "" => Composition.Gender.Unspecified,
        "f" => Composition.Gender.Female,
        "h" or "m" => Composition.Gender.Male,
        _ => null,
    };

    public static MandateStatus? Status(string value) => RosterText.Key(value) switch
    {
        "" or "actif" or "active" => MandateStatus.Active,
        "termine" or "terminee" => MandateStatus.Ended,
        "non renouvele" or "non renouvelee" => MandateStatus.DeclinedRenewal,
        "demission" => MandateStatus.Resigned,
        "deces" => MandateStatus.Deceased,
        _ => null,
    };

    public static string StatusLabel(MandateStatus status) => status switch
    {
        MandateStatus.Active => "actif",
        MandateStatus.Ended => "terminé",
        MandateStatus.DeclinedRenewal => "non renouvelé",
        MandateStatus.Resigned => "démission",
        _ => "décès",
    };
}
