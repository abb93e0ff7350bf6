using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.Contributions;

public enum ContributorKind
{
    LocalCommittee,
    MemberOrganisation,
    Volunteer,
}

public enum ContributionStatus
{
    /// <summary>Received, no personal data found: waits for the secretariat's moderation.</summary>
    Received,
    /// <summary>Personal data was found (or an attachment could not be read): held for the secretariat to redact.</summary>
    Held,
    /// <summary>Moderated and shared with the working group.</summary>
    Accepted,
    Rejected,
}

/// <summary>
/// A written contribution to a dossier or an axis: from a local committee, a member organisation or a volunteer
/// through the public form. One held back for personal data reaches the group only in its redacted version.
/// </summary>
[PersonalDataSubjects("Personnes qui envoient une contribution au Haut Conseil")]
[DisplayName("Contribution reçue")]
public class Contribution
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int? DossierId { get; set; }
    public Dossier? Dossier { get; set; }
    [Display(Name = "Axe du programme")]
    public int? AxisId { get; set; }
    public Axis? Axis { get; set; }
    [Display(Name = "Origine")]
    public ContributorKind ContributorKind { get; set; }

    [PersonalData("Échanges avec les contributeurs", Retention = RetentionKind.Contribution)]
    [Display(Name = "Nom du contributeur")]
    public string AuthorName { get; set; } = "";

    [PersonalData("Échanges avec les contributeurs", Category = "Coordonnées", Retention = RetentionKind.Contribution)]
    [Display(Name = "Adresse électronique du contributeur")]
    public string? AuthorEmail { get; set; }
    [Display(Name = "Organisme ou comité")]
    public string OrganisationName { get; set; } = "";
    [Display(Name = "Titre")]
    public required string Title { get; set; }

    /// <summary>The text as received; for a held contribution, kept only until the retention rule removes it.</summary>
    [PersonalData("Contributions reçues avant masquage", Category = "Texte libre pouvant contenir des données personnelles",
        Retention = RetentionKind.Contribution)]
    [Display(Name = "Texte reçu")]
    public string? OriginalText { get; set; }

    /// <summary>What the group reads: the text itself, or its redacted version for a held contribution.</summary>
    [Display(Name = "Texte partagé")]
    public string? SharedText { get; set; }
    [Display(Name = "Statut")]
    public ContributionStatus Status { get; set; }

    /// <summary>What the scan found, in words ("2 numéros de téléphone, 1 NIR"), for the secretariat.</summary>
    [Display(Name = "Données personnelles détectées")]
    public string Findings { get; set; } = "";
    [Display(Name = "Reçue le")]
    public DateTime ReceivedAt { get; set; }

    /// <summary>The number the contributor is given on the confirmation page ("HCTS-7KQ2-M9XD"), to quote to the secretariat.</summary>
    [Display(Name = "Numéro de dépôt")]
    public string? Receipt { get; set; }
    [Display(Name = "Masquée le")]
    public DateTime? RedactedAt { get; set; }

    /// <summary>When the secretariat accepted or rejected it (the original of a held one rejected unredacted is deleted from then).</summary>
    [Display(Name = "Décision prise le")]
    public DateTime? DecidedAt { get; set; }
    [Display(Name = "Consentement donné")]
    public bool Consented { get; set; }

    /// <summary>Policy areas (domain.md reference data), as keys separated by commas.</summary>
    [Display(Name = "Domaines de politique publique")]
    public string PolicyAreas { get; set; } = "";
    public List<ContributionAttachment> Attachments { get; set; } = [];
}

/// <summary>A file sent with a contribution, stored like a document and scanned like its text.</summary>
[DisplayName("Pièce jointe d'une contribution")]
public class ContributionAttachment : UploadedFile
{
    public int Id { get; set; }
    [Display(Name = "Contribution")]
    public int ContributionId { get; set; }

    /// <summary>Held back from the group with its contribution until the secretariat releases or removes it.</summary>
    [Display(Name = "Retenue")]
    public bool IsHeld { get; set; }

    /// <summary>What the scan found in its text, or why its text could not all be read, in words; empty when clean.</summary>
    [Display(Name = "Données personnelles détectées")]
    public string Findings { get; set; } = "";
}
