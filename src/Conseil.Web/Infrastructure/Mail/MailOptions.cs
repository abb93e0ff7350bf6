namespace Conseil.Web.Infrastructure.Mail;

public enum MailTransportKind
{
    /// <summary>.eml files in a folder: development, tests, or a relay that watches the folder.</summary>
    Pickup,
    Smtp,
}

/// <summary>Section "Mail": who sends, how, and how the outbox sender retries.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Off in the in-memory tests, which call <see cref="OutboxSender.SendDueAsync"/> themselves.</summary>
    public bool SenderEnabled { get; set; } = true;
    public MailTransportKind Transport { get; set; } = MailTransportKind.Pickup;

    /// <summary>Relative to the content root; by default the "mail" folder beside the database (Database:DataFolder).</summary>
    public string? PickupFolder { get; set; }

    public string From { get; set; } = "Haut Conseil du travail social <ne-pas-repondre@conseil.invalid>";

    /// <summary>Signs every message and names the sender in its footer.</summary>
    public string CouncilName { get; set; } = "Haut Conseil du travail social";

    /// <summary>Right-hand part of the Message-ID; the From address's domain when empty.</summary>
    public string? MessageIdDomain { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public int BatchSize { get; set; } = 10;

    /// <summary>How long a claimed batch is reserved: past it, another process may take the messages back.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);
    public int MaxAttempts { get; set; } = 8;
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>30 s, 1 min, 2 min… after the 1st, 2nd, 3rd failed attempt, capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = FirstRetryDelay * Math.Pow(2, doublings);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    /// <summary>A batch is sent one message after the other: its lease must outlast the slowest batch, or two processes could send it.</summary>
    public bool LeaseOutlastsABatch() => Lease > Smtp.Timeout * BatchSize;
}

/// <summary>Section "Mail:Smtp".</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS (SmtpClient.EnableSsl); off only for a relay on the same machine.</summary>
    public bool StartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
