using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Meetings.Rules;

namespace Conseil.Web.Features.Meetings;

public enum MeetingMode
{
    InPerson,
    Remote,
    Hybrid,
}

public enum MeetingStatus
{
    Planned,
    /// <summary>Held: attendance recorded with the quorum met (or not needed).</summary>
    Held,
    /// <summary>The quorum failed: the body is convened again with the same agenda.</summary>
    Postponed,
    Cancelled,
}

/// <summary>A session of a body: the plenary assembly, the standing commission, the CEDTS, a working group, a local committee.</summary>
[DisplayName("Séance")]
public class Meeting
{
    public int Id { get; set; }
    [Display(Name = "Instance")]
    public int BodyId { get; set; }
    public Body Body { get; set; } = null!;
    [Display(Name = "Début")]
    public DateTime StartsAt { get; set; }
    [Display(Name = "Fin")]
    public DateTime EndsAt { get; set; }
    [Display(Name = "Lieu")]
    public string Place { get; set; } = "";
    [Display(Name = "Lien de visioconférence")]
    public string VideoLink { get; set; } = "";
    [Display(Name = "Modalité")]
    public MeetingMode Mode { get; set; }
    [Display(Name = "Séance publique")]
    public bool IsPublic { get; set; }
    [Display(Name = "Statut")]
    public MeetingStatus Status { get; set; }

    /// <summary>The meeting whose quorum failed, when this one is its second convocation (same agenda, no quorum by default).</summary>
    [Display(Name = "Seconde convocation de la séance")]
    public int? FirstConvocationId { get; set; }
    public Meeting? FirstConvocation { get; set; }
    [Display(Name = "Créée le")]
    public DateTime CreatedAt { get; set; }

    /// <summary>The iCalendar SEQUENCE: raised each time the date, the place or the status changes, so calendars replace the event.</summary>
    [Display(Name = "Version de l'invitation")]
    public int Sequence { get; set; }

    /// <summary>When the convocation was last sent by e-mail, and the <see cref="Sequence"/> it carried.</summary>
    [Display(Name = "Convocation envoyée le")]
    public DateTime? ConvokedAt { get; set; }
    [Display(Name = "Version de la convocation envoyée")]
    public int? ConvokedSequence { get; set; }

    public List<AgendaItem> Items { get; set; } = [];
    public List<Attendance> Attendances { get; set; } = [];

    /// <summary>
    /// The quorum rule the meeting was concluded under, kept so that its minutes still say what applied when the body's
    /// rules change later; null while planned (the body's rules apply).
    /// </summary>
    [Display(Name = "Quorum constaté selon la règle")]
    public QuorumRule? Quorum { get; set; }

    public bool IsSecondConvocation => FirstConvocationId is not null;

    /// <summary>Whether the convocation sent (if any) still describes the meeting: nothing changed since.</summary>
    public bool ConvocationIsCurrent => ConvokedSequence == Sequence;

    /// <summary>Moves the meeting or changes where it is held; any change is a new version of the invitation.</summary>
    public void Reschedule(DateTime startsAt, DateTime endsAt, MeetingMode mode, string place, string videoLink)
    {
        if ((StartsAt, EndsAt, Mode, Place, VideoLink) == (startsAt, endsAt, mode, place, videoLink)) return;
        (StartsAt, EndsAt, Mode, Place, VideoLink) = (startsAt, endsAt, mode, place, videoLink);
        Sequence++;
    }

    /// <summary>Changes the status; a change is a new version of the invitation.</summary>
    public void SetStatus(MeetingStatus status)
    {
        if (status == Status) return;
        Status = status;
        Sequence++;
    }
}

public enum AgendaItemKind
{
    Information,
    Debate,
    /// <summary>A text or a proposal put to the vote.</summary>
    Vote,
}

/// <summary>An item of a meeting's agenda, in order: what is presented, debated or put to the vote, and the dossier it concerns.</summary>
[DisplayName("Point de l'ordre du jour")]
public class AgendaItem
{
    public int Id { get; set; }
    [Display(Name = "Séance")]
    public int MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    [Display(Name = "Numéro")]
    public int Number { get; set; }
    [Display(Name = "Intitulé")]
    public required string Title { get; set; }
    [Display(Name = "Nature")]
    public AgendaItemKind Kind { get; set; }
    [Display(Name = "Dossier")]
    public int? DossierId { get; set; }
    public Dossier? Dossier { get; set; }
    /// <summary>The version of a deliverable the item puts to the vote of adoption: the vote is bound to its hash.</summary>
    [Display(Name = "Version de livrable soumise à l'adoption")]
    public int? DeliverableVersionId { get; set; }
    [Display(Name = "Présentation")]
    public string Description { get; set; } = "";
}

/// <summary>A convened member's attendance at a meeting, and the member they gave their proxy to.</summary>
[DisplayName("Présence à une séance")]
public class Attendance
{
    public int Id { get; set; }
    [Display(Name = "Séance")]
    public int MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Présence")]
    public Presence Presence { get; set; }
    [Display(Name = "Procuration donnée à")]
    public int? ProxyHolderId { get; set; }
    public Person? ProxyHolder { get; set; }
    [Display(Name = "Enregistrée le")]
    public DateTime RecordedAt { get; set; }
}
