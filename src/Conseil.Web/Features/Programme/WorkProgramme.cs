using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Programme;

/// <summary>A term's work programme, adopted in plenary on the president's proposal, in axes.</summary>
[DisplayName("Programme de travail")]
public class WorkProgramme
{
    public int Id { get; set; }
    [Display(Name = "Intitulé")]
    public required string Name { get; set; }
    [Display(Name = "Début")]
    public DateOnly StartDate { get; set; }
    [Display(Name = "Fin")]
    public DateOnly EndDate { get; set; }

    /// <summary>The plenary's vote; null while the programme is a proposal (not shown to the public).</summary>
    [Display(Name = "Adopté le")]
    public DateOnly? AdoptedOn { get; set; }
    [Display(Name = "Présentation")]
    public string Introduction { get; set; } = "";
    public List<Axis> Axes { get; set; } = [];

    public bool IsAdopted => AdoptedOn is not null;
}

/// <summary>An axis of a work programme: "Les pratiques réflexives".</summary>
[DisplayName("Axe du programme")]
public class Axis
{
    public int Id { get; set; }
    [Display(Name = "Programme")]
    public int WorkProgrammeId { get; set; }
    public WorkProgramme WorkProgramme { get; set; } = null!;
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Intitulé")]
    public required string Name { get; set; }
    [Display(Name = "Description")]
    public string Description { get; set; } = "";
    public List<WorkItem> Items { get; set; } = [];
}

public enum WorkItemProgress
{
    Planned,
    InProgress,
    Delivered,
    Dropped,
}

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
    Other,
}

/// <summary>A piece of work of an axis: the body in charge, the planned deliverable and its date, its progress.</summary>
[DisplayName("Chantier du programme")]
public class WorkItem
{
    public int Id { get; set; }
    [Display(Name = "Axe")]
    public int AxisId { get; set; }
    public Axis Axis { get; set; } = null!;
    [Display(Name = "Intitulé")]
    public required string Name { get; set; }
    [Display(Name = "Instance chargée")]
    public int? BodyId { get; set; }
    public Composition.Body? Body { get; set; }
    [Display(Name = "Livrable prévu")]
    public DeliverableKind Deliverable { get; set; }
    [Display(Name = "Date prévue")]
    public DateOnly? PlannedOn { get; set; }
    [Display(Name = "Avancement")]
    public WorkItemProgress Progress { get; set; }
    [Display(Name = "Ordre")]
    public int SortOrder { get; set; }

    /// <summary>The dossier that carries the work, when there is one (a self-referral, or a referral the programme took in).</summary>
    [Display(Name = "Dossier")]
    public int? DossierId { get; set; }
    public Dossiers.Dossier? Dossier { get; set; }
}
