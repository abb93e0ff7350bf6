using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Contributions;

/// <summary>A contribution as the public form sends it. The attachments are three fields, each one file, so the form works without JavaScript.</summary>
public sealed class ContributionInput
{
    [Required(ErrorMessage = "Choisissez le dossier ou l'axe du programme auquel vous contribuez.")]
    public int? CallId { get; set; }

    [Required(ErrorMessage = "Indiquez à quel titre vous contribuez.")]
    public ContributorKind? Kind { get; set; }

    [Required(ErrorMessage = "Indiquez votre nom."), StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    public string? AuthorName { get; set; }

    /// <summary>Required of a local committee or a member organisation (checked by <see cref="ContributionIntake"/>).</summary>
    [StringLength(300, ErrorMessage = "Le nom de l'organisme ne doit pas dépasser 300 caractères.")]
    public string? OrganisationName { get; set; }

    [EmailAddress(ErrorMessage = "L'adresse électronique n'est pas valide : elle doit être de la forme nom@exemple.fr."),
     StringLength(254, ErrorMessage = "L'adresse électronique ne doit pas dépasser 254 caractères.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Donnez un titre à votre contribution."), StringLength(300, ErrorMessage = "Le titre ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Écrivez le texte de votre contribution."),
     StringLength(ContributionOptions.MaxTextLength, ErrorMessage = "Le texte ne doit pas dépasser 20 000 caractères : joignez plutôt un document.")]
    public string? Text { get; set; }

    public IFormFile? Attachment1 { get; set; }
    public IFormFile? Attachment2 { get; set; }
    public IFormFile? Attachment3 { get; set; }

    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people and screen readers; a robot that fills it is answered as if all went well.</summary>
    public string? Website { get; set; }

    /// <summary>The attachments chosen, with the name of their field.</summary>
    public IEnumerable<(string Field, IFormFile File)> Attachments() =>
        new[] { (nameof(Attachment1), Attachment1), (nameof(Attachment2), Attachment2), (nameof(Attachment3), Attachment3) }
            .Where(a => a.Item2 is { Length: > 0 } || a.Item2 is { FileName.Length: > 0 })
            .Select(a => (a.Item1, a.Item2!));
}

/// <summary>The text the group will read, as the secretariat redacts it.</summary>
public sealed class RedactionInput
{
    [Required(ErrorMessage = "Indiquez le titre de la contribution."), StringLength(300, ErrorMessage = "Le titre ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Le texte partagé ne peut pas être vide."),
     StringLength(50000, ErrorMessage = "Le texte ne doit pas dépasser 50 000 caractères.")]
    public string? Text { get; set; }
}

/// <summary>Where the contribution belongs: its dossier, its axis, its policy areas.</summary>
public sealed class ClassificationInput
{
    public int? DossierId { get; set; }
    public int? AxisId { get; set; }
    public List<PolicyArea> PolicyAreas { get; set; } = [];
}

/// <summary>Accepting or rejecting: the handler says it all, the form carries nothing else.</summary>
public sealed class DecisionInput;

/// <summary>An attachment the secretariat releases or deletes.</summary>
public sealed class AttachmentInput
{
    [Required(ErrorMessage = "La pièce jointe manque : rechargez la page.")]
    public int? AttachmentId { get; set; }

    /// <summary>For a document whose text could not all be read: the secretariat has read it and found nothing personal.</summary>
    public bool Checked { get; set; }
}

/// <summary>A call for contributions as the secretariat opens it.</summary>
public sealed class CallInput
{
    /// <summary>"dossier-12" or "axe-3": one list offers both.</summary>
    [Required(ErrorMessage = "Choisissez le dossier ou l'axe à ouvrir aux contributions.")]
    public string? Target { get; set; }

    [StringLength(2000, ErrorMessage = "La présentation ne doit pas dépasser 2 000 caractères.")]
    public string? Invitation { get; set; }

    public DateOnly? ClosesOn { get; set; }
}
