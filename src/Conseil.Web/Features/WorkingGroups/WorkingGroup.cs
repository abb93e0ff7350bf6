using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>
/// A temporary working group formed for a referral or an axis: two co-leads (a council member and an agent of the
/// administration), a rapporteur, members chosen by a call for candidates and invited experts. Its space is private.
/// </summary>
[DisplayName("Groupe de travail")]
public class WorkingGroup : IHasMembers
{
    public int Id { get; set; }
    [Display(Name = "Nom")]
    public required string Name { get; set; }
    [Display(Name = "Mission")]
    public string Mission { get; set; } = "";
    [Display(Name = "Dossier")]
    public int? DossierId { get; set; }
    public Dossier? Dossier { get; set; }
    [Display(Name = "Axe du programme")]
    public int? AxisId { get; set; }
    public Axis? Axis { get; set; }
    [Display(Name = "Date de début")]
    public DateOnly StartDate { get; set; }
    [Display(Name = "Date de fin prévue")]
    public DateOnly EndDate { get; set; }

    /// <summary>Closed when its deliverable is adopted; its space stays readable by its members.</summary>
    [Display(Name = "Clos le")]
    public DateOnly? ClosedOn { get; set; }
    public List<GroupMember> Members { get; set; } = [];

    public bool HasMember(int personId) => Members.Any(m => m.PersonId == personId);
}

public enum GroupRole
{
    CoLead,
    AdministrationCoLead,
    Rapporteur,
    Member,
    Expert,
}

[DisplayName("Membre d'un groupe de travail")]
public class GroupMember
{
    public int Id { get; set; }
    [Display(Name = "Groupe de travail")]
    public int WorkingGroupId { get; set; }
    public WorkingGroup WorkingGroup { get; set; } = null!;
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Rôle")]
    public GroupRole Role { get; set; }
    [Display(Name = "Depuis le")]
    public DateOnly StartDate { get; set; }
}

/// <summary>A call for candidates among the council's members to join a working group.</summary>
[DisplayName("Appel à candidatures")]
public class CallForCandidates
{
    public int Id { get; set; }
    [Display(Name = "Groupe de travail")]
    public int WorkingGroupId { get; set; }
    public WorkingGroup WorkingGroup { get; set; } = null!;
    [Display(Name = "Description")]
    public string Description { get; set; } = "";
    [Display(Name = "Ouvert le")]
    public DateOnly OpensOn { get; set; }
    [Display(Name = "Clôture le")]
    public DateOnly ClosesOn { get; set; }

    /// <summary>When the president's office made its selection: no more applications, decisions final.</summary>
    [Display(Name = "Sélection arrêtée le")]
    public DateOnly? DecidedOn { get; set; }
    public List<Candidacy> Candidacies { get; set; } = [];
}

public enum CandidacyDecision
{
    Pending,
    Selected,
    NotSelected,
}

[PersonalDataSubjects("Membres du Haut Conseil candidats à un groupe de travail")]
[DisplayName("Candidature")]
public class Candidacy
{
    public int Id { get; set; }
    [Display(Name = "Appel à candidatures")]
    public int CallForCandidatesId { get; set; }
    public CallForCandidates Call { get; set; } = null!;
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [PersonalData("Appels à candidatures des groupes de travail", Category = "Motivation du candidat", Retention = RetentionKind.Candidacy)]
    [Display(Name = "Motivation")]
    public required string Motivation { get; set; }
    [Display(Name = "Déposée le")]
    public DateTime SubmittedAt { get; set; }
    [Display(Name = "Décision")]
    public CandidacyDecision Decision { get; set; }
}

/// <summary>A discussion thread of a group's space.</summary>
[DisplayName("Fil de discussion")]
public class GroupThread
{
    public int Id { get; set; }
    [Display(Name = "Groupe de travail")]
    public int WorkingGroupId { get; set; }
    [Display(Name = "Sujet")]
    public required string Subject { get; set; }
    [Display(Name = "Ouvert le")]
    public DateTime CreatedAt { get; set; }
    public List<GroupPost> Posts { get; set; } = [];
}

[PersonalDataSubjects("Membres des groupes de travail")]
[DisplayName("Message d'un fil")]
public class GroupPost
{
    public int Id { get; set; }
    [Display(Name = "Fil de discussion")]
    public int GroupThreadId { get; set; }
    [Display(Name = "Auteur")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [PersonalData("Discussions des groupes de travail", Category = "Messages des membres", Retention = RetentionKind.DossierArchive)]
    [Display(Name = "Message")]
    public required string Text { get; set; }
    [Display(Name = "Envoyé le")]
    public DateTime At { get; set; }
}
