using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;

namespace Conseil.Web.Features.Deliverables.Amendments;

public enum AmendmentStatus
{
    Proposed,
    Accepted,
    Rejected,
    Merged,
}

/// <summary>
/// A change a member of the dossier's groups proposes to the text of a section or a recommendation, with its
/// justification. The rapporteur (or a co-lead, the secretariat) accepts it as it is, merges it into the current text
/// with changes, or rejects it with a reason; an accepted or merged amendment is applied to a new version of the text.
/// Everyone in the space sees each amendment's fate.
/// </summary>
[DisplayName("Amendement")]
public class Amendment
{
    public const int MaxJustification = 4000, MaxReason = 2000;

    public int Id { get; set; }
    [Display(Name = "Livrable")]
    public int DeliverableId { get; set; }
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Section visée")]
    public int? SectionId { get; set; }
    [Display(Name = "Préconisation visée")]
    public int? RecommendationId { get; set; }
    /// <summary>What it amends, as it was named when proposed (« Chapitre « Les constats » », « Préconisation n° 3 »).</summary>
    [Display(Name = "Objet")]
    public string Target { get; set; } = "";
    [Display(Name = "Texte d'origine")]
    public string OriginalText { get; set; } = "";
    [Display(Name = "Texte proposé")]
    public string ProposedText { get; set; } = "";
    [Display(Name = "Justification")]
    public string Justification { get; set; } = "";
    [Display(Name = "Auteur")]
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>The account's name when the author is no person of the council (the secretariat); else empty, the person's name read from them (anonymised on erasure).</summary>
    [Display(Name = "Proposé par")]
    public string AuthorName { get; set; } = "";
    [Display(Name = "Proposé le")]
    public DateTime ProposedAt { get; set; }
    [Display(Name = "Sort")]
    public AmendmentStatus Status { get; set; }
    /// <summary>Why it was rejected, or how it was merged.</summary>
    [Display(Name = "Motif")]
    public string Reason { get; set; } = "";
    [Display(Name = "Décidé le")]
    public DateTime? DecidedAt { get; set; }
    [Display(Name = "Décidé par")]
    public string DecidedBy { get; set; } = "";
    /// <summary>The version of the text that carries it, once accepted or merged.</summary>
    [Display(Name = "Version")]
    public int? VersionNumber { get; set; }
}
