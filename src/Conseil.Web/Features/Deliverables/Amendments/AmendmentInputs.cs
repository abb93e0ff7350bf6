using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Deliverables.Amendments;

/// <summary>An amendment as a member proposes it: the new text of the section or recommendation, and why.</summary>
public sealed class AmendmentInput
{
    [Required(ErrorMessage = "Écrivez le texte que vous proposez.")]
    [StringLength(DeliverableSection.MaxText, ErrorMessage = "Le texte proposé ne doit pas dépasser 200 000 caractères.")]
    public string? ProposedText { get; set; }

    [Required(ErrorMessage = "Justifiez l'amendement : dites pourquoi vous proposez ce changement.")]
    [StringLength(Amendment.MaxJustification, ErrorMessage = "La justification ne doit pas dépasser 4 000 caractères.")]
    public string? Justification { get; set; }
}

/// <summary>The reason a rejected amendment is given.</summary>
public sealed class RejectionInput
{
    [Required(ErrorMessage = "Indiquez le motif du rejet : l'auteur et le groupe le liront.")]
    [StringLength(Amendment.MaxReason, ErrorMessage = "Le motif ne doit pas dépasser 2 000 caractères.")]
    public string? Reason { get; set; }
}

/// <summary>The text an amendment is merged into, as the rapporteur rewrites it, and a note on how.</summary>
public sealed class MergeInput
{
    [Required(ErrorMessage = "Écrivez le texte qui résulte de la fusion.")]
    [StringLength(DeliverableSection.MaxText, ErrorMessage = "Le texte ne doit pas dépasser 200 000 caractères.")]
    public string? Text { get; set; }

    [StringLength(Amendment.MaxReason, ErrorMessage = "La note ne doit pas dépasser 2 000 caractères.")]
    public string? Note { get; set; }
}
