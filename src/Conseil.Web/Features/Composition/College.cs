using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Composition;

/// <summary>One of the six colleges of the plenary. Quotas are data: the texts disagree (65 or 66 seats).</summary>
[DisplayName("Collège")]
public class College
{
    public int Id { get; set; }
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Nom")]
    public required string Name { get; set; }

    /// <summary>Number of full-member seats the texts give the college.</summary>
    [Display(Name = "Nombre de sièges")]
    public int Quota { get; set; }

    /// <summary>How the quota breaks down, in words (e.g. "11 ministères, 4 collectivités").</summary>
    [Display(Name = "Répartition des sièges")]
    public string QuotaDetail { get; set; } = "";

    /// <summary>Colleges 1–5 have one substitute per full member; qualified persons do not.</summary>
    [Display(Name = "Avec suppléants")]
    public bool HasSubstitutes { get; set; } = true;

    public List<Seat> Seats { get; } = [];
}
