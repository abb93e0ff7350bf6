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

    /// <summary>
    /// Most members the body may have at once, null for no limit (standing commission: 12). The president, who
    /// presides ex officio, is never recorded nor counted; vice-presidents are recorded and counted (they are
    /// "among the 12"). See <see cref="BodyRules"/>.
    /// </summary>
    public int? MaxMembers { get; set; }

    /// <summary>
    /// Besides the president and vice-presidents, at most one member per college, who holds a current mandate
    /// in it (CEDTS). The college each member represents is recorded on <see cref="BodyMembership"/>.
    /// </summary>
    public bool OnePerCollege { get; set; }

    public bool HasRules => MaxMembers is not null || OnePerCollege;

    public List<BodyMembership> Memberships { get; } = [];
}
