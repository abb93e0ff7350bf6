using System.Globalization;

namespace Conseil.Web.Infrastructure.French;

/// <summary>
/// Dates and times as a French reader expects them, in Paris time: stored instants are UTC, and no page
/// ever shows UTC or ISO. "2 décembre 2026", "2 déc. 2026 à 14 h 05", "02/12/2026" in tables.
/// </summary>
public static class FrenchDates
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static CultureInfo Culture => French.Culture;

    /// <summary>A UTC instant in Paris time.</summary>
    public static DateTime ToParis(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);

    /// <summary>
    /// The UTC instant of a day and time typed in a form, read as Paris time; null for a time Paris skips (the hour
    /// lost when summer time begins). A time Paris lives twice (when it ends) is read as the winter one.
    /// </summary>
    public static DateTime? FromParis(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return Paris.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, Paris);
    }

    /// <summary>Why a day and time typed in a form is no moment in Paris: the hour lost when summer time begins.</summary>
    public static string SkippedTime(DateOnly day, TimeOnly time) =>
        $"L'heure {time.ToString("H' h 'mm", French.Culture)} n'existe pas à Paris le {Day(day)} (passage à l'heure d'été) : choisissez-en une autre.";

    /// <summary>Today in Paris, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToParis(clock.GetUtcNow().UtcDateTime));

    /// <summary>"2 décembre 2026" (1er for the first of the month).</summary>
    public static string Day(DateOnly day) =>
        (day.Day == 1 ? "1er" : day.Day.ToString(Culture)) + day.ToString(" MMMM yyyy", Culture);

    /// <summary>"02/12/2026": for tables, where columns align.</summary>
    public static string Numeric(DateOnly day) => day.ToString("dd/MM/yyyy", Culture);

    /// <summary>"2 décembre 2026 à 14 h 05", in Paris time, from a UTC instant.</summary>
    public static string Moment(DateTime utc)
    {
        var paris = ToParis(utc);
        return $"{Day(DateOnly.FromDateTime(paris))} à {paris.ToString("H' h 'mm", Culture)}";
    }

    /// <summary>"02/12/2026 14:05", in Paris time, from a UTC instant: for tables.</summary>
    public static string NumericMoment(DateTime utc) => ToParis(utc).ToString("dd/MM/yyyy HH:mm", Culture);

    /// <summary>"02/12/2026 14:05", or "—" when there is no instant (a message not sent yet).</summary>
    public static string NumericMoment(DateTime? utc) => utc is { } value ? NumericMoment(value) : "—";

    /// <summary>"du 02/12/2026 au 31/12/2026": a span in a table.</summary>
    public static string NumericSpan(DateOnly start, DateOnly end) => $"du {Numeric(start)} au {Numeric(end)}";

    /// <summary>"depuis le 02/12/2026" or "depuis le 02/12/2026 jusqu'au 31/12/2026": an open or closed period in a table.</summary>
    public static string NumericSince(DateOnly start, DateOnly? end) =>
        $"depuis le {Numeric(start)}" + (end is { } last ? $" jusqu'au {Numeric(last)}" : "");

    /// <summary>"du 1er janvier 2026 au 31 décembre 2026".</summary>
    public static string Span(DateOnly start, DateOnly end) => $"du {Day(start)} au {Day(end)}";
}
