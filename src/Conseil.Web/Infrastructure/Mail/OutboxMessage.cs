using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Infrastructure.Mail;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// One message of the outbox: written in the same transaction as the change that causes it, then sent (at least
/// once, under a stable Message-ID) by <see cref="OutboxSender"/>.
/// </summary>
[PersonalDataSubjects("Destinataires des courriels de la plateforme : membres, comptes de l'espace de travail")]
[DisplayName("Courriel")]
public class OutboxMessage
{
    public int Id { get; set; }

    /// <summary>"&lt;guid@domain&gt;", fixed when the message is added: a retry is recognisably the same message.</summary>
    public required string MessageId { get; set; }

    [PersonalData("Envoi des courriels de la plateforme", Category = "Coordonnées", Retention = RetentionKind.OutboxMail)]
    [Display(Name = "Destinataire")]
    public required string To { get; set; }
    public required string Subject { get; set; }

    [PersonalData("Envoi des courriels de la plateforme", Category = "Identité et contenu du message", Retention = RetentionKind.OutboxMail)]
    [Display(Name = "Texte du message")]
    public string TextBody { get; set; } = "";

    [PersonalData("Envoi des courriels de la plateforme", Category = "Identité et contenu du message", Retention = RetentionKind.OutboxMail)]
    [Display(Name = "Message mis en forme (HTML)")]
    public string HtmlBody { get; set; } = "";
    public bool Sensitive { get; set; }

    /// <summary>The one-click unsubscribe address (RFC 8058) of news messages: List-Unsubscribe and List-Unsubscribe-Post headers.</summary>
    public string? ListUnsubscribe { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }

    /// <summary>UTC, as every date here. DateTime, not DateTimeOffset: SQLite cannot compare the latter.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The lease of the process sending it; a lease past its time (a killed process) frees the message.</summary>
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>Exception type and SMTP status only: never an address or a server's free text.</summary>
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? PurgedAt { get; set; }

    public List<OutboxAttachment> Attachments { get; set; } = [];
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.MessageId).HasMaxLength(200);
        b.Property(x => x.To).HasMaxLength(320);
        b.Property(x => x.Subject).HasMaxLength(400);
        b.Property(x => x.LastError).HasMaxLength(400);
        b.Property(x => x.ListUnsubscribe).HasMaxLength(500);
        b.HasIndex(x => x.MessageId).IsUnique();
        // The sender's claim: pending messages whose next attempt is due.
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
    }
}
