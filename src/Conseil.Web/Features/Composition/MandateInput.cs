using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Composition;

/// <summary>What a form or an API call sends to create or change a mandate.</summary>
public sealed record MandateInput
{
    [Required(ErrorMessage = "Choisissez un siège.")]
    [Display(Name = "Siège")]
    public int? SeatId { get; init; }

    [Required(ErrorMessage = "Choisissez une personne.")]
    [Display(Name = "Personne")]
    public int? PersonId { get; init; }

    [Required(ErrorMessage = "Choisissez une mandature.")]
    [Display(Name = "Mandature")]
    public int? TermId { get; init; }

    [Display(Name = "Organisme représenté")]
    public int? OrganisationId { get; init; }

    [Required(ErrorMessage = "Indiquez s'il s'agit d'un titulaire ou d'un suppléant.")]
    [Display(Name = "Qualité")]
    public MandateRole? Role { get; init; }

    [Required(ErrorMessage = "Indiquez la date de début.")]
    [Display(Name = "Date de début")]
    public DateOnly? StartDate { get; init; }

    [Required(ErrorMessage = "Indiquez la date de fin.")]
    [Display(Name = "Date de fin")]
    public DateOnly? EndDate { get; init; }

    [StringLength(300, ErrorMessage = "La référence de l'acte ne doit pas dépasser 300 caractères.")]
    [Display(Name = "Acte de nomination")]
    public string? AppointingAct { get; init; }

    [Required(ErrorMessage = "Choisissez le statut du mandat.")]
    [Display(Name = "Statut")]
    public MandateStatus? Status { get; init; }

    public static MandateInput From(Mandate m) => new()
    {
        SeatId = m.SeatId, PersonId = m.PersonId, TermId = m.TermId, OrganisationId = m.OrganisationId,
        Role = m.Role, StartDate = m.StartDate, EndDate = m.EndDate, AppointingAct = m.AppointingAct, Status = m.Status,
    };
}
