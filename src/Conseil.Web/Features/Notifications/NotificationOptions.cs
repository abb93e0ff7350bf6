namespace Conseil.Web.Features.Notifications;

/// <summary>Section "Notifications": when the daily job runs (digests, deadlines drawing near) and how far ahead it looks.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Off in the in-memory tests, which call <see cref="NotificationDigest.RunAsync"/> themselves.</summary>
    public bool JobEnabled { get; set; } = true;

    /// <summary>Paris time of the daily run: digests are read in the morning.</summary>
    public TimeOnly DigestTime { get; set; } = new(7, 0);

    /// <summary>The members of a dossier's groups are told this many days before its deadline.</summary>
    public int DeadlineNoticeDays { get; set; } = 7;

    /// <summary>The next run after <paramref name="utcNow"/>: today's <see cref="DigestTime"/> in Paris if still ahead, else tomorrow's.</summary>
    public DateTime NextRun(DateTime utcNow)
    {
        var paris = Infrastructure.French.FrenchDates.ToParis(utcNow);
        var run = paris.Date + DigestTime.ToTimeSpan();
        if (run <= paris) run = run.AddDays(1);
        // Across a change of summer time, the local time is converted back by the zone's own rule.
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(run, DateTimeKind.Unspecified), Infrastructure.French.FrenchDates.Paris);
    }
}
