using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;

namespace Conseil.Web.Features.Deliverables;

/// <summary>What kind of text the council produces (domain.md, « Livrable »).</summary>
public enum DeliverableKind
{
    Report,
    Opinion,
    GreenPaper,
    WhitePaper,
    Factsheet,
    Guide,
    Roadmap,
    ActivityReport,
    Editorial,
    SeminarProceedings,
}

/// <summary>
/// A deliverable of a dossier (rapport, avis, livre vert…): drafted in the dossier's space as parts and chapters in
/// Markdown and numbered recommendations grouped by theme, every saved version kept (<see cref="DeliverableVersion"/>).
/// The draft is preparatory (CRPA L311-2): nothing of it reaches the public side.
/// </summary>
[DisplayName("Livrable")]
public class Deliverable
{
    public const int MaxTitle = 300, MaxSummary = 2000, MaxEasyRead = 100_000;

    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    public Dossier Dossier { get; set; } = null!;
    [Display(Name = "Instance")]
    public int? BodyId { get; set; }
    public Body? Body { get; set; }
    [Display(Name = "Nature")]
    public DeliverableKind Kind { get; set; }
    [Display(Name = "Titre")]
    public required string Title { get; set; }
    [Display(Name = "Présentation")]
    public string Summary { get; set; } = "";
    /// <summary>The easy-to-read version (FALC), in Markdown, beside the full text; empty when there is none.</summary>
    [Display(Name = "Version facile à lire et à comprendre")]
    public string EasyRead { get; set; } = "";
    [Display(Name = "Créé le")]
    public DateTime CreatedAt { get; set; }
    /// <summary>The version the body adopted, by a vote bound to its hash; from then on the text is frozen.</summary>
    [Display(Name = "Version adoptée")]
    public int? AdoptedVersionNumber { get; set; }
    [Display(Name = "Adopté le")]
    public DateTime? AdoptedAt { get; set; }
    [Display(Name = "Remis le")]
    public DateOnly? HandedOverOn { get; set; }

    public bool IsAdopted => AdoptedVersionNumber is not null;

    public List<DeliverableSection> Sections { get; set; } = [];
    public List<RecommendationTheme> Themes { get; set; } = [];
    public List<Recommendation> Recommendations { get; set; } = [];
}

public enum SectionLevel
{
    Part,
    Chapter,
}

/// <summary>A part or a chapter of the text, in Markdown, at its place in the order of the deliverable.</summary>
[DisplayName("Section de livrable")]
public class DeliverableSection
{
    public const int MaxTitle = 300, MaxText = 200_000;

    public int Id { get; set; }
    [Display(Name = "Livrable")]
    public int DeliverableId { get; set; }
    [Display(Name = "Rang")]
    public int Position { get; set; }
    [Display(Name = "Niveau")]
    public SectionLevel Level { get; set; }
    [Display(Name = "Titre")]
    public required string Title { get; set; }
    [Display(Name = "Texte")]
    public string Text { get; set; } = "";
}

/// <summary>A theme the recommendations are grouped by (« Sur la gouvernance »), at its place in the order.</summary>
[DisplayName("Thème de préconisations")]
public class RecommendationTheme
{
    public const int MaxTitle = 300;

    public int Id { get; set; }
    [Display(Name = "Livrable")]
    public int DeliverableId { get; set; }
    [Display(Name = "Rang")]
    public int Position { get; set; }
    [Display(Name = "Intitulé")]
    public required string Title { get; set; }
}
