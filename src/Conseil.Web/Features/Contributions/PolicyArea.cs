namespace Conseil.Web.Features.Contributions;

/// <summary>The public policies the council classifies its work by (domain.md reference data; seed 003, part II).</summary>
public enum PolicyArea
{
    Solidarities,
    ChildrenAndFamily,
    EmergencyAccommodation,
    AutonomyAndOldAge,
    Disability,
    LocalAction,
}

/// <summary>The policy areas of a contribution, stored as their names separated by commas ("Disability,LocalAction").</summary>
public static class PolicyAreas
{
    public static readonly IReadOnlyList<PolicyArea> All = Enum.GetValues<PolicyArea>();

    public static string Of(PolicyArea area) => area switch
    {
        PolicyArea.Solidarities => "Solidarités et inclusion",
        PolicyArea.ChildrenAndFamily => "Enfance et famille",
        PolicyArea.EmergencyAccommodation => "Hébergement d'urgence",
        PolicyArea.AutonomyAndOldAge => "Autonomie et grand âge",
        PolicyArea.Disability => "Handicap",
        _ => "Action de proximité et travail dans les quartiers",
    };

    /// <summary>The areas a stored value names, in the reference order; unknown names are ignored.</summary>
    public static IReadOnlyList<PolicyArea> Parse(string? stored)
    {
        var names = (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(area => names.Contains(area.ToString()))];
    }

    public static string Format(IEnumerable<PolicyArea> areas) =>
        string.Join(",", All.Where(areas.Contains).Select(area => area.ToString()));
}
