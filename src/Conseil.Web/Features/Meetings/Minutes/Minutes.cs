using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Meetings.Minutes;

public enum MinutesStatus
{
    /// <summary>Drafted by the secretariat, read by it alone.</summary>
    Draft,
    /// <summary>Sent to the members the meeting convened, for their remarks.</summary>
    Circulated,
    /// <summary>Approved by a vote at a later meeting of the body; published when the meeting was public.</summary>
    Approved,
}

/// <summary>
/// The procès-verbal of a meeting: drafted from its agenda, attendance and votes, with a summary of the debates on
/// each item; circulated to the members, then approved by the vote on an item of a later meeting of the same body.
/// </summary>
[DisplayName("Procès-verbal")]
public class MeetingMinutes
{
    public int Id { get; set; }
    [Display(Name = "Séance")]
    public int MeetingId { get; set; }
    public Meeting Meeting { get; set; } = null!;
    [Display(Name = "État")]
    public MinutesStatus Status { get; set; }
    [Display(Name = "Ouverture de la séance")]
    public string Opening { get; set; } = "";
    [Display(Name = "Diffusé le")]
    public DateTime? CirculatedAt { get; set; }
    [Display(Name = "Approuvé le")]
    public DateTime? ApprovedAt { get; set; }
    [Display(Name = "Approuvé par le vote du point")]
    public int? ApprovedByItemId { get; set; }
    public AgendaItem? ApprovedByItem { get; set; }

    public List<MinutesEntry> Entries { get; set; } = [];
}

/// <summary>What the procès-verbal says of one agenda item: the summary of its debate.</summary>
[DisplayName("Relevé d'un point au procès-verbal")]
public class MinutesEntry
{
    public int Id { get; set; }
    [Display(Name = "Procès-verbal")]
    public int MeetingMinutesId { get; set; }
    public MeetingMinutes MeetingMinutes { get; set; } = null!;
    [Display(Name = "Point de l'ordre du jour")]
    public int AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    [Display(Name = "Résumé des débats")]
    public string Debate { get; set; } = "";
}

public static class MinutesLabels
{
    public static string Of(MinutesStatus status) => status switch
    {
        MinutesStatus.Draft => "Projet",
        MinutesStatus.Circulated => "Diffusé aux membres pour observations",
        MinutesStatus.Approved => "Approuvé",
        _ => status.ToString(),
    };
}

internal sealed class MinutesRecords : Infrastructure.Labels.IRecordCatalogue
{
    public void Declare(Infrastructure.Labels.RecordCatalogue catalogue) => catalogue.Values<MinutesStatus>(MinutesLabels.Of);
}
