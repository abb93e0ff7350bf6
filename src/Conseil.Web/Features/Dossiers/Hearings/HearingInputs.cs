using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure.French;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>The hearing form: when (Paris time), where, who was heard, on which themes, its notes, minutes and documents.</summary>
public sealed class HearingInput
{
    public const int MaxParticipants = 40;

    [Display(Name = "Date")]
    [Required(ErrorMessage = "Indiquez la date de l'audition.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Heure")]
    [Required(ErrorMessage = "Indiquez l'heure de l'audition (heure de Paris).")]
    public TimeOnly? Time { get; set; }

    [Display(Name = "Lieu ou modalité")]
    [Required(ErrorMessage = "Indiquez le lieu ou la modalité de l'audition, par exemple « Visioconférence ».")]
    [StringLength(300, ErrorMessage = "Le lieu ou la modalité ne doit pas dépasser 300 caractères.")]
    public string? Place { get; set; }

    [Display(Name = "Notes")]
    [StringLength(20000, ErrorMessage = "Les notes ne doivent pas dépasser 20 000 caractères.")]
    public string? Notes { get; set; }

    [Display(Name = "Compte rendu")]
    [StringLength(50000, ErrorMessage = "Le compte rendu ne doit pas dépasser 50 000 caractères.")]
    public string? Minutes { get; set; }

    public List<ParticipantInput> Participants { get; set; } = [];

    /// <summary>The dossier's themes the hearing covered (ids of DossierTheme).</summary>
    public List<int> ThemeIds { get; set; } = [];

    /// <summary>The dossier's documents of kind « compte rendu d'audition » attached to the hearing.</summary>
    public List<int> DocumentIds { get; set; } = [];

    /// <summary>The form always offers a blank row to add a person, up to <see cref="MaxParticipants"/> rows.</summary>
    public HearingInput WithBlankRow()
    {
        if (Participants.Count < MaxParticipants && !Participants.Any(p => p.IsBlank)) Participants.Add(new ParticipantInput());
        return this;
    }

    /// <summary>« Ajouter une personne »: one more blank row, what was typed kept.</summary>
    public HearingInput WithAnotherRow()
    {
        if (Participants.Count < MaxParticipants) Participants.Add(new ParticipantInput());
        return this;
    }

    public static HearingInput From(Hearing hearing, IEnumerable<int> documentIds)
    {
        var paris = FrenchDates.ToParis(hearing.At);
        return new HearingInput
        {
            Date = DateOnly.FromDateTime(paris), Time = TimeOnly.FromDateTime(paris), Place = hearing.Place, Notes = hearing.Notes,
            Minutes = hearing.Minutes,
            Participants = [.. hearing.Participants.OrderBy(p => p.Id).Select(p => new ParticipantInput
            {
                Id = p.Id, FullName = p.FullName, Role = p.Role, Organisation = p.Organisation, Consents = p.ConsentsToPublication,
            })],
            ThemeIds = [.. hearing.Themes.Select(t => t.DossierThemeId)],
            DocumentIds = [.. documentIds],
        }.WithBlankRow();
    }
}

/// <summary>A person heard: a row of the form, kept by its id when it already exists; a blank row is ignored.</summary>
public sealed class ParticipantInput
{
    public int? Id { get; set; }

    [Display(Name = "Nom et prénom")]
    [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    public string? FullName { get; set; }

    [Display(Name = "Fonction")]
    [StringLength(300, ErrorMessage = "La fonction ne doit pas dépasser 300 caractères.")]
    public string? Role { get; set; }

    [Display(Name = "Organisme")]
    [StringLength(300, ErrorMessage = "L'organisme ne doit pas dépasser 300 caractères.")]
    public string? Organisation { get; set; }

    /// <summary>Consents to their name and the minutes of the hearing being published.</summary>
    public bool Consents { get; set; }

    /// <summary>Ticked to take the person off the hearing when it is saved.</summary>
    public bool Remove { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Organisation);
}
