namespace Conseil.Web.Features.Composition;

public enum BodyKind
{
    Plenary,
    StandingCommission,
    EthicsCommission,
    WorkingGroup,
    LocalCommittee,
    ExpertPanel,
}

/// <summary>An instance of the council: the plenary assembly, a commission, a working group…</summary>
public class Body
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public BodyKind Kind { get; set; }
    public string Description { get; set; } = "";

    /// <summary>How the body is composed, as the texts state it (shown on the public page).</summary>
    public string CompositionRule { get; set; } = "";
    public int SortOrder { get; set; }

    public List<BodyMembership> Memberships { get; } = [];
}
