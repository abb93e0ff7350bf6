using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.WorkingGroups;

public sealed record GroupInput
{
    [Required(ErrorMessage = "Indiquez le nom du groupe."), StringLength(300, ErrorMessage = "Le nom ne doit pas dépasser 300 caractères.")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "Indiquez la mission du groupe."), StringLength(4000, ErrorMessage = "La mission ne doit pas dépasser 4 000 caractères.")]
    public string? Mission { get; init; }

    public int? DossierId { get; init; }

    public int? AxisId { get; init; }

    [Required(ErrorMessage = "Indiquez la date de début.")]
    public DateOnly? StartDate { get; init; }

    [Required(ErrorMessage = "Indiquez la date de fin prévue.")]
    public DateOnly? EndDate { get; init; }

    public static GroupInput From(WorkingGroup g) => new()
    {
        Name = g.Name, Mission = g.Mission, DossierId = g.DossierId, AxisId = g.AxisId, StartDate = g.StartDate, EndDate = g.EndDate,
    };
}

public sealed record GroupMemberInput
{
    [Required(ErrorMessage = "Choisissez une personne.")]
    public int? PersonId { get; init; }

    [Required(ErrorMessage = "Choisissez un rôle.")]
    public GroupRole? Role { get; init; }

    [Required(ErrorMessage = "Indiquez la date d'arrivée dans le groupe.")]
    public DateOnly? StartDate { get; init; }
}

public sealed record CloseInput
{
    [Required(ErrorMessage = "Indiquez la date de clôture.")]
    public DateOnly? ClosedOn { get; init; }
}

public sealed record CallInput
{
    [Required(ErrorMessage = "Décrivez l'appel : ce que le groupe attend de ses membres."),
     StringLength(4000, ErrorMessage = "La description ne doit pas dépasser 4 000 caractères.")]
    public string? Description { get; init; }

    [Required(ErrorMessage = "Indiquez la date d'ouverture.")]
    public DateOnly? OpensOn { get; init; }

    [Required(ErrorMessage = "Indiquez la date de clôture.")]
    public DateOnly? ClosesOn { get; init; }
}

public sealed record CandidacyInput
{
    [Required(ErrorMessage = "Dites en quelques lignes pourquoi vous souhaitez rejoindre ce groupe."),
     StringLength(CallRules.MotivationMaxLength, ErrorMessage = "La motivation ne doit pas dépasser 2 000 caractères.")]
    public string? Motivation { get; init; }
}

public sealed record SelectionInput
{
    /// <summary>The candidacies retained; every other candidacy of the call is not.</summary>
    public List<int> Selected { get; init; } = [];
}

public sealed record ThreadInput
{
    [Required(ErrorMessage = "Indiquez le sujet du fil."), StringLength(300, ErrorMessage = "Le sujet ne doit pas dépasser 300 caractères.")]
    public string? Subject { get; init; }

    [Required(ErrorMessage = "Écrivez le premier message."), StringLength(10000, ErrorMessage = "Le message ne doit pas dépasser 10 000 caractères.")]
    public string? Text { get; init; }
}

public sealed record PostInput
{
    [Required(ErrorMessage = "Écrivez votre message."), StringLength(10000, ErrorMessage = "Le message ne doit pas dépasser 10 000 caractères.")]
    public string? Text { get; init; }
}
