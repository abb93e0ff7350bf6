namespace Conseil.Web.Features.Composition;

/// <summary>A mandature: the period for which the council is appointed (2016–2019, 2020–2021, 2022–2027…).</summary>
public class Term
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string AppointingAct { get; set; } = "";

    public bool Contains(DateOnly day) => StartDate <= day && day <= EndDate;
}
