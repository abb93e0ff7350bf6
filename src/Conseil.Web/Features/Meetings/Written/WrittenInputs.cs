using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Meetings.Rules;

namespace Conseil.Web.Features.Meetings.Written;

/// <summary>A written procedure as the secretariat opens it: the body consulted, the proposal, the deadline (Paris time).</summary>
public sealed class ConsultationInput
{
    [Required(ErrorMessage = "Choisissez l'instance consultée.")]
    public int? BodyId { get; set; }

    [Required(ErrorMessage = "Indiquez l'objet de la consultation.")]
    [StringLength(WrittenConsultation.MaxTitle, ErrorMessage = "L'objet ne doit pas dépasser 200 caractères.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Écrivez la proposition soumise au vote.")]
    [StringLength(WrittenConsultation.MaxProposal, ErrorMessage = "La proposition ne doit pas dépasser 8 000 caractères.")]
    public string? Proposal { get; set; }

    [Required(ErrorMessage = "Indiquez le jour de la date limite.")]
    public DateOnly? ClosesOn { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure limite (heure de Paris).")]
    public TimeOnly? ClosesAtTime { get; set; }

    /// <summary>Null: the body's default majority.</summary>
    public MajorityRule? Majority { get; set; }
}

/// <summary>A member's choice, sent from their personal link.</summary>
public sealed class WrittenBallotInput
{
    [Required(ErrorMessage = "Choisissez votre vote : pour, contre ou abstention.")]
    public Choice? Choice { get; set; }
}
