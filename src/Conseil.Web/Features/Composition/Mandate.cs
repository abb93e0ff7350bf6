using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Composition;

public enum MandateRole
{
    FullMember,
    Substitute,
}

public enum MandateStatus
{
    Active,
    Ended,
    DeclinedRenewal,
    Resigned,
    Deceased,
}

/// <summary>A person holding a seat, as full member or substitute, for a period within a term.</summary>
[DisplayName("Mandat")]
public class Mandate
{
    public int Id { get; set; }
    [Display(Name = "Siège")]
    public int SeatId { get; set; }
    public Seat Seat { get; set; } = null!;
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Mandature")]
    public int TermId { get; set; }
    public Term Term { get; set; } = null!;

    /// <summary>The organisation the person represents, when the seat is not tied to one.</summary>
    [Display(Name = "Organisation représentée")]
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    [Display(Name = "Rôle")]
    public MandateRole Role { get; set; }
    [Display(Name = "Date de début")]
    public DateOnly StartDate { get; set; }
    [Display(Name = "Date de fin")]
    public DateOnly EndDate { get; set; }

    /// <summary>Reference of the appointing act, e.g. "Arrêté du 14 juin 2022".</summary>
    [Display(Name = "Acte de nomination")]
    public string AppointingAct { get; set; } = "";
    [Display(Name = "État")]
    public MandateStatus Status { get; set; }

    public bool Overlaps(DateOnly start, DateOnly end) => StartDate <= end && start <= EndDate;

    public bool IsCurrentOn(DateOnly day) =>
        Status == MandateStatus.Active && StartDate <= day && day <= EndDate;
}
