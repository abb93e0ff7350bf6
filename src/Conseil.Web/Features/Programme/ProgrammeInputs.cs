using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Programme;

public sealed record ProgrammeInput
{
    [Required(ErrorMessage = "Indiquez l'intitulé du programme."), StringLength(200, ErrorMessage = "L'intitulé ne doit pas dépasser 200 caractères.")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "Indiquez la date de début.")]
    public DateOnly? StartDate { get; init; }

    [Required(ErrorMessage = "Indiquez la date de fin.")]
    public DateOnly? EndDate { get; init; }

    /// <summary>The plenary's vote; empty while the programme is a proposal.</summary>
    public DateOnly? AdoptedOn { get; init; }

    [StringLength(4000, ErrorMessage = "La présentation ne doit pas dépasser 4 000 caractères.")]
    public string? Introduction { get; init; }

    public static ProgrammeInput From(WorkProgramme p) => new()
    {
        Name = p.Name, StartDate = p.StartDate, EndDate = p.EndDate, AdoptedOn = p.AdoptedOn, Introduction = p.Introduction,
    };
}

public sealed record AxisInput
{
    [Required(ErrorMessage = "Choisissez le programme.")]
    public int? WorkProgrammeId { get; init; }

    [Required(ErrorMessage = "Indiquez le numéro de l'axe."), Range(1, 99, ErrorMessage = "Le numéro de l'axe doit être compris entre 1 et 99.")]
    public int? Number { get; init; }

    [Required(ErrorMessage = "Indiquez l'intitulé de l'axe."), StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
    public string? Name { get; init; }

    [StringLength(4000, ErrorMessage = "La description ne doit pas dépasser 4 000 caractères.")]
    public string? Description { get; init; }

    public static AxisInput From(Axis a) => new() { WorkProgrammeId = a.WorkProgrammeId, Number = a.Number, Name = a.Name, Description = a.Description };
}

public sealed record WorkItemInput
{
    [Required(ErrorMessage = "Choisissez l'axe du programme.")]
    public int? AxisId { get; init; }

    [Required(ErrorMessage = "Indiquez l'intitulé du chantier."), StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
    public string? Name { get; init; }

    public int? BodyId { get; init; }

    public DeliverableKind Deliverable { get; init; }

    public DateOnly? PlannedOn { get; init; }

    public WorkItemProgress Progress { get; init; }

    /// <summary>The dossier that carries the work item, if any.</summary>
    public int? DossierId { get; init; }

    public static WorkItemInput From(WorkItem i) => new()
    {
        AxisId = i.AxisId, Name = i.Name, BodyId = i.BodyId, Deliverable = i.Deliverable, PlannedOn = i.PlannedOn, Progress = i.Progress,
        DossierId = i.DossierId,
    };
}
