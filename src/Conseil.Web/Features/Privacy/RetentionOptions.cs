namespace Conseil.Web.Features.Privacy;

/// <summary>Retention periods (section Privacy:Retention), in months, and how often the retention job runs.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Privacy:Retention";

    /// <summary>A former member's e-mail is cleared this long after their last mandate, office or membership ends.</summary>
    public int FormerMemberContactMonths { get; set; } = 24;

    /// <summary>A former member's workspace account is deleted this long after their last mandate, office or membership ends.</summary>
    public int FormerMemberAccountMonths { get; set; } = 12;

    /// <summary>Audit log entries are deleted this long after the change they record.</summary>
    public int AuditLogMonths { get; set; } = 60;

    /// <summary>In days: messages of the outbox are deleted this long after they were sent or given up.</summary>
    public int OutboxDays { get; set; } = 90;

    /// <summary>The name and address of someone who sent a contribution are cleared this long after it was received.</summary>
    public int ContributorContactMonths { get; set; } = 12;

    /// <summary>In days: the original text of a contribution held back for personal data is deleted this long after its redaction.</summary>
    public int HeldOriginalDays { get; set; } = 30;

    /// <summary>A candidacy to a working group (its motivation) is deleted this long after the selection was made.</summary>
    public int CandidacyMonths { get; set; } = 12;

    public bool JobEnabled { get; set; } = true;
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The first run waits a little so that start-up (migrations, seeding) is over.</summary>
    public TimeSpan JobFirstRunDelay { get; set; } = TimeSpan.FromMinutes(10);

    public static string Describe(int months) =>
        months % 12 == 0 ? (months / 12 == 1 ? "1 an" : $"{months / 12} ans") : $"{months} mois";
}
