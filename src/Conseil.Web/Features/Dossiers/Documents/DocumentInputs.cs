using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>A new document of the dossier: its title, its kind and its first version (a hearing's minutes name the hearing).</summary>
public sealed class DocumentInput
{
    [Display(Name = "Titre")]
    [Required(ErrorMessage = "Indiquez le titre du document.")]
    [StringLength(300, ErrorMessage = "Le titre ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }

    [Display(Name = "Type de document")]
    [Required(ErrorMessage = "Choisissez le type de document.")]
    public DocumentKind? Kind { get; set; }

    [Display(Name = "Fichier")]
    public IFormFile? File { get; set; }

    [Display(Name = "Commentaire")]
    [StringLength(1000, ErrorMessage = "Le commentaire ne doit pas dépasser 1 000 caractères.")]
    public string? Comment { get; set; }

    /// <summary>The hearing the document is the minutes of, when it is deposited from the hearing's page.</summary>
    [Display(Name = "Audition")]
    public int? HearingId { get; set; }
}

/// <summary>A new version of a document: its file, and what changed.</summary>
public sealed class VersionInput
{
    [Display(Name = "Fichier")]
    public IFormFile? File { get; set; }

    [Display(Name = "Commentaire")]
    [StringLength(1000, ErrorMessage = "Le commentaire ne doit pas dépasser 1 000 caractères.")]
    public string? Comment { get; set; }
}

public sealed class PublicationInput
{
    /// <summary>True to make the document public, false to take it back to the preparatory documents.</summary>
    public bool IsPublic { get; set; }
}
