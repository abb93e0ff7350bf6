using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Dossiers;

namespace Conseil.Web.Features.Deliverables;

public enum RecommendationPriority
{
    High,
    Medium,
    Low,
}

/// <summary>
/// A numbered recommendation (préconisation n° N) of a deliverable, in its theme. Its number follows the order of
/// the themes then of the recommendations in each (<see cref="Numbering"/>): moving one renumbers the others.
/// </summary>
[DisplayName("Préconisation")]
public class Recommendation
{
    public const int MaxTitle = 300, MaxText = 20_000;

    public int Id { get; set; }
    [Display(Name = "Livrable")]
    public int DeliverableId { get; set; }
    [Display(Name = "Thème")]
    public int ThemeId { get; set; }
    public RecommendationTheme Theme { get; set; } = null!;
    /// <summary>Its rank within its theme.</summary>
    [Display(Name = "Rang dans le thème")]
    public int Position { get; set; }
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Intitulé")]
    public required string Title { get; set; }
    [Display(Name = "Texte")]
    public string Text { get; set; } = "";
    [Display(Name = "Priorité")]
    public RecommendationPriority Priority { get; set; } = RecommendationPriority.Medium;

    public List<RecommendationAddressee> Addressees { get; set; } = [];
    public List<RecommendationEvidence> Evidence { get; set; } = [];
}

/// <summary>Whom a recommendation is addressed to: a ministry, the départements, employers, training bodies… (an organisation).</summary>
[DisplayName("Destinataire de préconisation")]
public class RecommendationAddressee
{
    public int Id { get; set; }
    [Display(Name = "Préconisation")]
    public int RecommendationId { get; set; }
    [Display(Name = "Destinataire")]
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}

/// <summary>What supports a recommendation: a hearing, a contribution or a document of the dossier (exactly one of the three).</summary>
[DisplayName("Appui de préconisation")]
public class RecommendationEvidence
{
    public int Id { get; set; }
    [Display(Name = "Préconisation")]
    public int RecommendationId { get; set; }
    [Display(Name = "Audition")]
    public int? HearingId { get; set; }
    public Hearing? Hearing { get; set; }
    [Display(Name = "Contribution")]
    public int? ContributionId { get; set; }
    public Contribution? Contribution { get; set; }
    [Display(Name = "Document")]
    public int? DocumentId { get; set; }
    public DossierDocument? Document { get; set; }
}
