using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Composition;

/// <summary>A place in a college, often reserved to one organisation (the CNAF seat, an ANAS seat…).</summary>
[DisplayName("Siège")]
public class Seat
{
    public int Id { get; set; }
    [Display(Name = "Collège")]
    public int CollegeId { get; set; }
    public College College { get; set; } = null!;

    /// <summary>Position within the college, 1-based; unique per college.</summary>
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Intitulé")]
    public required string Label { get; set; }

    [Display(Name = "Organisation")]
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public List<Mandate> Mandates { get; } = [];
}
