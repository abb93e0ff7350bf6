using Conseil.Web.Features.Notifications;

namespace Conseil.Tests.Features.Notifications;

/// <summary>When the daily notifications run: at Notifications:DigestTime, Paris time, whatever the season.</summary>
public sealed class NotificationOptionsTests
{
    private static readonly NotificationOptions Options = new() { DigestTime = new TimeOnly(7, 0) };

    [Fact]
    public void Before_seven_in_paris_it_runs_the_same_morning_in_winter() =>
        Options.NextRun(new DateTime(2026, 11, 22, 5, 30, 0, DateTimeKind.Utc)).ShouldBe(new DateTime(2026, 11, 22, 6, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void After_seven_it_runs_the_next_morning() =>
        Options.NextRun(new DateTime(2026, 11, 22, 6, 0, 0, DateTimeKind.Utc)).ShouldBe(new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void In_summer_seven_in_paris_is_five_utc() =>
        Options.NextRun(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)).ShouldBe(new DateTime(2026, 7, 2, 5, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Across_the_change_to_summer_time_it_keeps_seven_local() =>
        // Summer time starts on Sunday 29 March 2026: 7:00 in Paris is then 5:00 UTC, not 6:00.
        Options.NextRun(new DateTime(2026, 3, 28, 8, 0, 0, DateTimeKind.Utc)).ShouldBe(new DateTime(2026, 3, 29, 5, 0, 0, DateTimeKind.Utc));
}
