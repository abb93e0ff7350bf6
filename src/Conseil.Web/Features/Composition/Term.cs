using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Composition;

/// <summary>A mandature: the period for which the council is appointed (2016–2019, 2020–2021, 2022–2027…).</summary>
[DisplayName("Mandature")]
public class Term
{
    public int Id { get; set; }
    [Display(Name = "Nom")]
    public required string Name { get; set; }
    [Display(Name = "Date de début")]
    public DateOnly StartDate { get; set; }
    [Display(Name = "Date de fin")]
    public DateOnly EndDate { get; set; }
    [Display(Name = "Acte de nomination")]
    public string AppointingAct { get; set; } = "";

    public bool Contains(DateOnly day) => StartDate <= day && day <= EndDate;
}
