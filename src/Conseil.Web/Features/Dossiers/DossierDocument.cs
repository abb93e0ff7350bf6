using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure.Files;

namespace Conseil.Web.Features.Dossiers;

public enum DocumentKind
{
    ReferralLetter,
    WorkingDocument,
    Draft,
    HearingMinutes,
    Deliverable,
    Annex,
    Other,
}

/// <summary>
/// A document of a dossier, in versions. It is preparatory (CRPA L311-2: not communicable) until the secretariat
/// marks it public, which it may only do once the dossier is adopted (<see cref="Infrastructure.Spaces.Disclosure"/>).
/// </summary>
[DisplayName("Document")]
public class DossierDocument
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    public Dossier Dossier { get; set; } = null!;
    [Display(Name = "Titre")]
    public required string Title { get; set; }
    [Display(Name = "Type de document")]
    public DocumentKind Kind { get; set; }

    /// <summary>Shown on the public side (only a deliverable or annex of an adopted dossier may be).</summary>
    [Display(Name = "Public")]
    public bool IsPublic { get; set; }
    [Display(Name = "Ajouté le")]
    public DateTime CreatedAt { get; set; }
    public List<DocumentVersion> Versions { get; set; } = [];
}

/// <summary>One uploaded file of a document: stored outside the web root under a generated name, with its checksum.</summary>
[DisplayName("Version de document")]
public class DocumentVersion : UploadedFile
{
    public int Id { get; set; }
    [Display(Name = "Document")]
    public int DocumentId { get; set; }
    public DossierDocument Document { get; set; } = null!;
    [Display(Name = "Numéro de version")]
    public int Number { get; set; }
    [Display(Name = "Déposé le")]
    public DateTime UploadedAt { get; set; }
    [Display(Name = "Déposé par")]
    public string UploadedBy { get; set; } = "";
    [Display(Name = "Commentaire")]
    public string Comment { get; set; } = "";
}
