using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure.PersonalData;
using Conseil.Web.Infrastructure.Search;

namespace Conseil.Web.Features.Composition;

public enum Gender
{
    Unspecified,
    Female,
    Male,
}

[PersonalDataSubjects("Membres et anciens membres du Haut Conseil, titulaires de fonctions et membres des commissions")]
[DisplayName("Personne")]
public class Person : ISearchKeyed
{
    public int Id { get; set; }

    [PersonalData("Identification des membres")]
    [Display(Name = "Prénom")]
    public required string GivenName { get; set; }

    [PersonalData("Identification des membres")]
    [Display(Name = "Nom")]
    public required string FamilyName { get; set; }

    /// <summary>Declared, used only for the parity figures the council must publish.</summary>
    [PersonalData("Suivi de la parité", Category = "Genre (suivi de la parité)")]
    [Display(Name = "Genre")]
    public Gender Gender { get; set; }

    [PersonalData("Convocations et échanges avec le secrétariat", Category = "Coordonnées",
        Retention = RetentionKind.FormerMemberContact)]
    [Display(Name = "Adresse électronique")]
    public string? Email { get; set; }

    /// <summary>Fictitious person created by the demo content.</summary>
    [Display(Name = "Personne fictive (démonstration)")]
    public bool IsDemo { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
    public string SortName => $"{FamilyName} {GivenName}";

    public string SearchText => SortName;

    /// <summary>The folded sort name: what the people search matches and every list of people sorts by.</summary>
    public string SearchKey { get; set; } = "";
}
