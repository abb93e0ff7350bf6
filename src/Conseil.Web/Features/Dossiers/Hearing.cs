using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.Dossiers;

/// <summary>A hearing (audition) held for a dossier: who was heard, when, on which themes, its notes and minutes.</summary>
[DisplayName("Audition")]
public class Hearing
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    public Dossier Dossier { get; set; } = null!;
    [Display(Name = "Date et heure")]
    public DateTime At { get; set; }
    [Display(Name = "Lieu ou modalité")]
    public string Place { get; set; } = "";
    [Display(Name = "Notes")]
    public string Notes { get; set; } = "";
    [Display(Name = "Compte rendu")]
    public string Minutes { get; set; } = "";
    public List<HearingParticipant> Participants { get; set; } = [];
    public List<HearingTheme> Themes { get; set; } = [];
}

/// <summary>A person heard, with the organisation they spoke for and whether they consent to be named in the report.</summary>
[PersonalDataSubjects("Personnes auditionnées par les groupes de travail")]
[DisplayName("Personne auditionnée")]
public class HearingParticipant
{
    public int Id { get; set; }
    [Display(Name = "Audition")]
    public int HearingId { get; set; }
    [PersonalData("Annexe des personnes auditionnées des rapports", Retention = RetentionKind.DossierArchive)]
    [Display(Name = "Nom")]
    public required string FullName { get; set; }
    [PersonalData("Annexe des personnes auditionnées des rapports", Retention = RetentionKind.DossierArchive)]
    [Display(Name = "Fonction")]
    public string Role { get; set; } = "";
    [Display(Name = "Organisme")]
    public string Organisation { get; set; } = "";

    /// <summary>Consents to their name and the minutes of the hearing being published (annex of the report).</summary>
    [Display(Name = "Accepte la publication")]
    public bool ConsentsToPublication { get; set; }
}

[DisplayName("Thème d'une audition")]
public class HearingTheme
{
    public int Id { get; set; }
    [Display(Name = "Audition")]
    public int HearingId { get; set; }
    [Display(Name = "Thème")]
    public int DossierThemeId { get; set; }
    public DossierTheme DossierTheme { get; set; } = null!;
}
