using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Meetings.Rules;

namespace Conseil.Web.Features.Meetings;

/// <summary>When and where a meeting is held: the day, its hours (Paris time), how, where, the video link.</summary>
public class MeetingWhenInput
{
    [Required(ErrorMessage = "Indiquez la date de la séance.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure de début (heure de Paris).")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure de fin (heure de Paris).")]
    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = "Indiquez si la séance se tient sur place, à distance ou les deux.")]
    public MeetingMode? Mode { get; set; }

    [StringLength(300, ErrorMessage = "Le lieu ne doit pas dépasser 300 caractères.")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "Le lien ne doit pas dépasser 500 caractères.")]
    public string? VideoLink { get; set; }
}

/// <summary>A meeting as the secretariat schedules it: the body, when and where, public or closed.</summary>
public sealed class MeetingInput : MeetingWhenInput
{
    [Required(ErrorMessage = "Choisissez l'instance qui se réunit.")]
    public int? BodyId { get; set; }

    /// <summary>A public session appears in the public calendar; a closed one only to those it convenes.</summary>
    public bool IsPublic { get; set; }
}

/// <summary>An item added at the end of the agenda.</summary>
public sealed class AgendaItemInput
{
    [Required(ErrorMessage = "Indiquez l'intitulé du point."), StringLength(300, ErrorMessage = "L'intitulé ne doit pas dépasser 300 caractères.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Indiquez la nature du point : information, débat ou vote.")]
    public AgendaItemKind? Kind { get; set; }

    public int? DossierId { get; set; }

    [StringLength(4000, ErrorMessage = "La présentation ne doit pas dépasser 4 000 caractères.")]
    public string? Description { get; set; }
}

/// <summary>An agenda item the secretariat takes off or moves up.</summary>
public sealed class ItemInput
{
    public int? ItemId { get; set; }
}

/// <summary>The attendance sheet: one row per person convened.</summary>
public sealed class AttendanceInput
{
    public List<AttendanceRow> Rows { get; set; } = [];
}

public sealed class AttendanceRow
{
    public int PersonId { get; set; }
    public Presence Presence { get; set; }

    /// <summary>For a member represented: the member who holds their proxy.</summary>
    public int? ProxyHolderId { get; set; }
}

/// <summary>A second convocation: the same agenda, on a new day, needing no quorum.</summary>
public sealed class SecondConvocationInput
{
    [Required(ErrorMessage = "Indiquez la date de la seconde convocation.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure de début (heure de Paris).")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Indiquez l'heure de fin (heure de Paris).")]
    public TimeOnly? EndTime { get; set; }
}
