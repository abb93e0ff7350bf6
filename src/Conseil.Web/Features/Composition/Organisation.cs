using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure.French;

namespace Conseil.Web.Features.Composition;

public enum OrganisationKind
{
    Ministry,
    LocalAuthority,
    EmployeeUnion,
    EmployerOrganisation,
    ProfessionalOrganisation,
    SocialProtection,
    NationalAssociation,
    TrainingBody,
    LocalCommittee,
    Other,
}

[DisplayName("Organisation")]
public class Organisation
{
    public int Id { get; set; }
    [Display(Name = "Nom")]
    public required string Name { get; set; }

    /// <summary>Short name as used in rosters (CNAF, ANAS…); unique, the key an import matches on.</summary>
    [Display(Name = "Sigle")]
    public required string Acronym { get; set; }
    [Display(Name = "Nature")]
    public OrganisationKind Kind { get; set; }

    /// <summary>The article its name takes in a sentence: "de l'AMF", "de la CNAF", "de France Urbaine".</summary>
    [Display(Name = "Article")]
    public Article Article { get; set; }
    [Display(Name = "Site internet")]
    public string? Website { get; set; }

    /// <summary>"de l'AMF", "de la CNAF", "de France Urbaine": the short name after "Représentant".</summary>
    public string OfAcronym => French.OfNamed(Acronym, Article);
}
