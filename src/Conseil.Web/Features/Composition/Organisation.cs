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

public class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Short name as used in rosters (CNAF, ANAS…); unique, the key an import matches on.</summary>
    public required string Acronym { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? Website { get; set; }
}
