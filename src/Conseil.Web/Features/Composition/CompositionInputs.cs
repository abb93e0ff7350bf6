using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.French;

namespace Conseil.Web.Features.Composition;

public sealed record PersonInput
{
    [Required(ErrorMessage = "Indiquez le prénom."), StringLength(100, ErrorMessage = "Le prénom ne doit pas dépasser 100 caractères.")]
    public string? GivenName { get; init; }

    [Required(ErrorMessage = "Indiquez le nom."), StringLength(100, ErrorMessage = "Le nom ne doit pas dépasser 100 caractères.")]
    public string? FamilyName { get; init; }

    public Gender Gender { get; init; }

    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide."), StringLength(254, ErrorMessage = "L'adresse électronique est trop longue.")]
    public string? Email { get; init; }

    public static PersonInput From(Person p) => new() { GivenName = p.GivenName, FamilyName = p.FamilyName, Gender = p.Gender, Email = p.Email };
}

public sealed record OrganisationInput
{
    [Required(ErrorMessage = "Indiquez le sigle."), StringLength(80, ErrorMessage = "Le sigle ne doit pas dépasser 80 caractères.")]
    public string? Acronym { get; init; }

    [Required(ErrorMessage = "Indiquez le nom."), StringLength(300, ErrorMessage = "Le nom ne doit pas dépasser 300 caractères.")]
    public string? Name { get; init; }

    public OrganisationKind Kind { get; init; }

    public Article Article { get; init; }

    public static OrganisationInput From(Organisation o) => new() { Acronym = o.Acronym, Name = o.Name, Kind = o.Kind, Article = o.Article };
}

public sealed record SeatInput
{
    [Required(ErrorMessage = "Choisissez un collège.")]
    public int? CollegeId { get; init; }

    [Required(ErrorMessage = "Indiquez l'intitulé du siège."), StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
    public string? Label { get; init; }

    public int? OrganisationId { get; init; }
}

public sealed record QuotaInput
{
    [Required(ErrorMessage = "Indiquez le nombre de sièges."), Range(0, 200, ErrorMessage = "Le nombre de sièges doit être compris entre 0 et 200.")]
    public int? Quota { get; init; }
}

public sealed record TermInput
{
    [Required(ErrorMessage = "Indiquez le nom de la mandature."), StringLength(60, ErrorMessage = "Le nom ne doit pas dépasser 60 caractères.")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "Indiquez la date de début.")]
    public DateOnly? StartDate { get; init; }

    [Required(ErrorMessage = "Indiquez la date de fin.")]
    public DateOnly? EndDate { get; init; }

    [StringLength(300, ErrorMessage = "La référence de l'acte ne doit pas dépasser 300 caractères.")]
    public string? AppointingAct { get; init; }
}

public sealed record OfficeInput
{
    [Required(ErrorMessage = "Choisissez la fonction.")]
    public OfficeKind? Kind { get; init; }

    [Required(ErrorMessage = "Choisissez une personne.")]
    public int? PersonId { get; init; }

    [Required(ErrorMessage = "Indiquez la date de début.")]
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    [StringLength(500, ErrorMessage = "La mention ne doit pas dépasser 500 caractères.")]
    public string? Note { get; init; }
}

public sealed record BodyInput
{
    [Required(ErrorMessage = "Indiquez le nom de l'instance."), StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    public string? Name { get; init; }

    [StringLength(4000, ErrorMessage = "La description ne doit pas dépasser 4 000 caractères.")]
    public string? Description { get; init; }

    [StringLength(2000, ErrorMessage = "La règle de composition ne doit pas dépasser 2 000 caractères.")]
    public string? CompositionRule { get; init; }
}

public sealed record BodyRulesInput
{
    [Range(1, 200, ErrorMessage = "Le nombre maximal de membres doit être compris entre 1 et 200.")]
    public int? MaxMembers { get; init; }

    public bool OnePerCollege { get; init; }

    public static BodyRulesInput From(Body b) => new() { MaxMembers = b.MaxMembers, OnePerCollege = b.OnePerCollege };
}

/// <summary>How a body deliberates (<see cref="DeliberationRules"/>), as the body's page and the API change it.</summary>
public sealed record DeliberationInput
{
    [Required(ErrorMessage = "Choisissez le quorum dans la liste.")]
    public QuorumRule? Quorum { get; init; }

    public bool SecondConvocationWithoutQuorum { get; init; }

    [Required(ErrorMessage = "Choisissez la majorité requise dans la liste.")]
    public MajorityRule? Majority { get; init; }

    [Required(ErrorMessage = "Indiquez le nombre de procurations qu'un membre peut détenir (0 pour n'en admettre aucune).")]
    [Range(0, DeliberationRules.MaxProxiesAllowed, ErrorMessage = "Un membre détient de 0 à 5 procurations.")]
    public int? MaxProxiesHeld { get; init; }

    public static DeliberationInput From(Body b) => new()
    {
        Quorum = b.Quorum, SecondConvocationWithoutQuorum = b.SecondConvocationWithoutQuorum, Majority = b.Majority, MaxProxiesHeld = b.MaxProxiesHeld,
    };
}

public sealed record MembershipInput
{
    [Required(ErrorMessage = "Choisissez une personne.")]
    public int? PersonId { get; init; }

    public BodyRole Role { get; init; }

    [Required(ErrorMessage = "Indiquez la date de début.")]
    public DateOnly? StartDate { get; init; }
}
