using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Deliverables;

/// <summary>
/// A saved version of a deliverable: the whole text at that moment (<see cref="DraftSnapshot"/> as canonical JSON)
/// and the SHA-256 of those bytes, which a vote of adoption is bound to. Versions are never changed nor deleted.
/// </summary>
[DisplayName("Version de livrable")]
public class DeliverableVersion
{
    public const int MaxNote = 500;

    public int Id { get; set; }
    [Display(Name = "Livrable")]
    public int DeliverableId { get; set; }
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Enregistrée le")]
    public DateTime SavedAt { get; set; }
    [Display(Name = "Enregistrée par")]
    public string SavedBy { get; set; } = "";
    [Display(Name = "Note")]
    public string Note { get; set; } = "";
    [Display(Name = "Contenu")]
    public string Content { get; set; } = "";
    [Display(Name = "Empreinte SHA-256")]
    public string ContentHash { get; set; } = "";
}
