using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Programme;

namespace Conseil.Web.Features.Dossiers;

public enum ReferralKind
{
    Ministerial,
    Interministerial,
    SelfReferral,
    MissionLetter,
}

/// <summary>
/// A piece of the council's work from its referral (saisine) to its deliverable and follow-up: the questions
/// asked, the ministries, the deadline, the body in charge, and every move of its state.
/// </summary>
[DisplayName("Dossier")]
public class Dossier
{
    public int Id { get; set; }
    [Display(Name = "Intitulé")]
    public required string Name { get; set; }
    [Display(Name = "Nature de la saisine")]
    public ReferralKind Kind { get; set; }
    [Display(Name = "Reçue le")]
    public DateOnly ReceivedOn { get; set; }
    [Display(Name = "Échéance")]
    public DateOnly? Deadline { get; set; }
    [Display(Name = "Instance chargée")]
    public int? BodyId { get; set; }
    public Body? Body { get; set; }
    [Display(Name = "Axe du programme")]
    public int? AxisId { get; set; }
    public Axis? Axis { get; set; }
    [Display(Name = "État")]
    public DossierState State { get; set; }
    [Display(Name = "Résumé")]
    public string Summary { get; set; } = "";

    /// <summary>The referral letter, one of the dossier's documents.</summary>
    [Display(Name = "Lettre de saisine")]
    public int? LetterDocumentId { get; set; }

    public List<DossierQuestion> Questions { get; set; } = [];
    public List<DossierMinistry> Ministries { get; set; } = [];
    public List<DossierMove> Moves { get; set; } = [];
    public List<DossierTheme> Themes { get; set; } = [];
}

/// <summary>A line of a dossier's numbered list (a question, a theme): numbers are unique per dossier.</summary>
public interface INumberedLine
{
    int Id { get; }
    int Number { get; set; }
}

/// <summary>A question the referral asks, numbered as in the letter.</summary>
[DisplayName("Question de la saisine")]
public class DossierQuestion : INumberedLine
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Question")]
    public required string Text { get; set; }
}

/// <summary>A ministry that signed the referral (an organisation of kind Ministry).</summary>
[DisplayName("Ministère saisissant")]
public class DossierMinistry
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    [Display(Name = "Ministère")]
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
}

/// <summary>A theme the instruction covers (the five points of the COVID hearings), which hearings are tagged with.</summary>
[DisplayName("Thème du dossier")]
public class DossierTheme : INumberedLine
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Intitulé")]
    public required string Name { get; set; }
}

/// <summary>A move of the dossier's state: when, by whom, why.</summary>
[DisplayName("Changement d'état")]
public class DossierMove
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    [Display(Name = "État précédent")]
    public DossierState? From { get; set; }
    [Display(Name = "Nouvel état")]
    public DossierState To { get; set; }
    [Display(Name = "Date")]
    public DateOnly On { get; set; }
    [Display(Name = "Enregistré le")]
    public DateTime At { get; set; }
    [Display(Name = "Par")]
    public string ByName { get; set; } = "";
    [Display(Name = "Commentaire")]
    public string Comment { get; set; } = "";
}
