namespace Conseil.Web.Features.Composition;

/// <summary>A place in a college, often reserved to one organisation (the CNAF seat, an ANAS seat…).</summary>
public class Seat
{
    public int Id { get; set; }
    public int CollegeId { get; set; }
    public College College { get; set; } = null!;

    /// <summary>Position within the college, 1-based; unique per college.</summary>
    public int Number { get; set; }
    public required string Label { get; set; }

    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public List<Mandate> Mandates { get; } = [];
}
