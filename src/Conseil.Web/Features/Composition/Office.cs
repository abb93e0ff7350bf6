using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Composition;

public enum OfficeKind
{
    President,
    VicePresident,
    SecretaryGeneral,
}

/// <summary>An office held in the council (president, vice-president, secretary general), with its dates.</summary>
[DisplayName("Fonction")]
public class Office
{
    public int Id { get; set; }
    [Display(Name = "Fonction")]
    public OfficeKind Kind { get; set; }
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Date de début")]
    public DateOnly StartDate { get; set; }
    [Display(Name = "Date de fin")]
    public DateOnly? EndDate { get; set; }

    /// <summary>How the holder came to office: "nommée par décret", "élu par les représentants des collectivités"…</summary>
    [Display(Name = "Mode de désignation")]
    public string Note { get; set; } = "";

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || day <= EndDate);
}
