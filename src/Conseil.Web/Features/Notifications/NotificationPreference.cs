using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.Notifications;

public enum NotificationMode
{
    Immediate,
    DailyDigest,
    None,
}

/// <summary>How a person wants to hear of their groups' news: at once, in a daily digest, or not at all.</summary>
[PersonalDataSubjects("Membres des groupes de travail")]
[DisplayName("Préférence de notification")]
public class NotificationPreference
{
    public int Id { get; set; }
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [PersonalData("Nouvelles des groupes de travail par courriel", Category = "Préférence de notification", Retention = RetentionKind.FormerMemberAccount)]
    [Display(Name = "Fréquence")]
    public NotificationMode Mode { get; set; }

    /// <summary>The secret of the one-click unsubscribe link in every message.</summary>
    [Display(Name = "Jeton de désabonnement")]
    public required string UnsubscribeToken { get; set; }
}

/// <summary>A piece of news waiting for a person's daily digest.</summary>
[DisplayName("Notification en attente")]
public class PendingNotification
{
    public int Id { get; set; }
    [Display(Name = "Personne")]
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    [Display(Name = "Texte")]
    public required string Text { get; set; }
    [Display(Name = "Lien")]
    public string Link { get; set; } = "";
    [Display(Name = "Créée le")]
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// That the members of a dossier's groups were told its deadline is near: one row per dossier and deadline, so the
/// daily job tells them once (and again only if the deadline moves).
/// </summary>
[DisplayName("Annonce d'échéance")]
public class DeadlineNotice
{
    public int Id { get; set; }
    [Display(Name = "Dossier")]
    public int DossierId { get; set; }
    [Display(Name = "Échéance")]
    public DateOnly Deadline { get; set; }
    [Display(Name = "Annoncée le")]
    public DateTime AnnouncedAt { get; set; }
}
