using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Deliverables;

/// <summary>A deliverable's description: its kind, title, presentation and the body that adopts it.</summary>
public sealed class DeliverableInput
{
    [Required(ErrorMessage = "Choisissez la nature du livrable.")]
    public DeliverableKind? Kind { get; set; }

    [Required(ErrorMessage = "Indiquez le titre du livrable.")]
    [StringLength(Deliverable.MaxTitle, ErrorMessage = "Le titre ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }

    [StringLength(Deliverable.MaxSummary, ErrorMessage = "La présentation ne doit pas dépasser 2 000 caractères.")]
    public string? Summary { get; set; }

    /// <summary>Null: the body in charge of the dossier.</summary>
    public int? BodyId { get; set; }

    /// <summary>The easy-to-read version (FALC), in Markdown.</summary>
    [StringLength(Deliverable.MaxEasyRead, ErrorMessage = "La version facile à lire ne doit pas dépasser 100 000 caractères.")]
    public string? EasyRead { get; set; }
}

/// <summary>A part or a chapter: its level, title and Markdown text.</summary>
public sealed class SectionInput
{
    [Required(ErrorMessage = "Choisissez s'il s'agit d'une partie ou d'un chapitre.")]
    public SectionLevel? Level { get; set; }

    [Required(ErrorMessage = "Indiquez le titre de la section.")]
    [StringLength(DeliverableSection.MaxTitle, ErrorMessage = "Le titre ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }

    [StringLength(DeliverableSection.MaxText, ErrorMessage = "Le texte d'une section ne doit pas dépasser 200 000 caractères.")]
    public string? Text { get; set; }
}

/// <summary>A theme of recommendations.</summary>
public sealed class ThemeInput
{
    [Required(ErrorMessage = "Indiquez l'intitulé du thème.")]
    [StringLength(RecommendationTheme.MaxTitle, ErrorMessage = "L'intitulé du thème ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }
}

/// <summary>A recommendation: its theme, title, text, priority, addressees and the evidence that supports it.</summary>
public sealed class RecommendationInput
{
    public const int MaxLinks = 50;

    [Required(ErrorMessage = "Choisissez le thème de la préconisation.")]
    public int? ThemeId { get; set; }

    [Required(ErrorMessage = "Indiquez l'intitulé de la préconisation.")]
    [StringLength(Recommendation.MaxTitle, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }

    [StringLength(Recommendation.MaxText, ErrorMessage = "Le texte d'une préconisation ne doit pas dépasser 20 000 caractères.")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Choisissez la priorité de la préconisation.")]
    public RecommendationPriority? Priority { get; set; }

    public List<int> AddresseeIds { get; set; } = [];
    public List<int> HearingIds { get; set; } = [];
    public List<int> ContributionIds { get; set; } = [];
    public List<int> DocumentIds { get; set; } = [];
}

/// <summary>A version saved by hand, with an optional note (« après la réunion du groupe du 12 mars »).</summary>
public sealed class VersionInput
{
    [StringLength(DeliverableVersion.MaxNote, ErrorMessage = "La note ne doit pas dépasser 500 caractères.")]
    public string? Note { get; set; }
}
