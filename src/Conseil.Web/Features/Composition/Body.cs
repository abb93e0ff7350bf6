using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Meetings.Rules;

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
[DisplayName("Instance")]
public class Body
{
    public int Id { get; set; }
    [Display(Name = "Adresse de la page")]
    public required string Slug { get; set; }
    [Display(Name = "Nom")]
    public required string Name { get; set; }
    [Display(Name = "Nature")]
    public BodyKind Kind { get; set; }
    [Display(Name = "Description")]
    public string Description { get; set; } = "";

    /// <summary>How the body is composed, as the texts state it (shown on the public page).</summary>
    [Display(Name = "Règle de composition")]
    public string CompositionRule { get; set; } = "";
    [Display(Name = "Ordre d'affichage")]
    public int SortOrder { get; set; }

    /// <summary>
    /// Most members the body may have at once, null for no limit (standing commission: 12). The president, who
    /// presides ex officio, is never recorded nor counted; vice-presidents are recorded and counted (they are
    /// "among the 12"). See <see cref="BodyRules"/>.
    /// </summary>
    [Display(Name = "Nombre maximal de membres")]
    public int? MaxMembers { get; set; }

    /// <summary>
    /// Besides the president and vice-presidents, at most one member per college, who holds a current mandate
    /// in it (CEDTS). The college each member represents is recorded on <see cref="BodyMembership"/>.
    /// </summary>
    [Display(Name = "Un membre par collège")]
    public bool OnePerCollege { get; set; }

    public bool HasRules => MaxMembers is not null || OnePerCollege;

    // How the body deliberates (see DeliberationRules): CRPA defaults until the secretariat sets others.
    [Display(Name = "Quorum")]
    public QuorumRule Quorum { get; set; } = DeliberationRules.Default.Quorum;
    [Display(Name = "Seconde convocation sans quorum")]
    public bool SecondConvocationWithoutQuorum { get; set; } = DeliberationRules.Default.SecondConvocationWithoutQuorum;
    [Display(Name = "Majorité requise par défaut")]
    public MajorityRule Majority { get; set; } = DeliberationRules.Default.Majority;
    [Display(Name = "Procurations détenues au plus par un membre")]
    public int MaxProxiesHeld { get; set; } = DeliberationRules.Default.MaxProxiesHeld;

    public DeliberationRules Deliberation => new(Quorum, SecondConvocationWithoutQuorum, Majority, MaxProxiesHeld);

    public List<BodyMembership> Memberships { get; } = [];
}
