using Conseil.Tests.Support;
using Conseil.Web.Infrastructure.French;

namespace Conseil.Tests.Infrastructure.French;

public sealed class FrenchDatesTests
{
    [Theory]
    [InlineData(2026, 12, 2, "2 décembre 2026")]
    [InlineData(2026, 1, 1, "1er janvier 2026")]
    [InlineData(2026, 8, 15, "15 août 2026")]
    public void A_day_is_written_in_words_with_1er_for_the_first(int year, int month, int day, string expected) =>
        FrenchDates.Day(new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void A_day_in_a_table_is_numeric() => FrenchDates.Numeric(new DateOnly(2026, 12, 2)).ShouldBe("02/12/2026");

    [Fact]
    public void A_span_reads_from_to()
    {
        FrenchDates.Span(new(2022, 1, 1), new(2027, 12, 31)).ShouldBe("du 1er janvier 2022 au 31 décembre 2027");
        FrenchDates.NumericSpan(new(2022, 1, 1), new(2027, 12, 31)).ShouldBe("du 01/01/2022 au 31/12/2027");
        FrenchDates.NumericSince(new(2022, 1, 1), null).ShouldBe("depuis le 01/01/2022");
        FrenchDates.NumericSince(new(2022, 1, 1), new(2024, 6, 30)).ShouldBe("depuis le 01/01/2022 jusqu'au 30/06/2024");
    }

    [Fact]
    public void A_winter_instant_is_shown_one_hour_after_utc()
    {
        var utc = new DateTime(2026, 12, 2, 13, 5, 0, DateTimeKind.Utc);
        FrenchDates.Moment(utc).ShouldBe("2 décembre 2026 à 14 h 05");
        FrenchDates.NumericMoment(utc).ShouldBe("02/12/2026 14:05");
    }

    [Fact]
    public void A_summer_instant_is_shown_two_hours_after_utc() =>
        FrenchDates.Moment(new DateTime(2026, 7, 14, 22, 30, 0, DateTimeKind.Utc)).ShouldBe("15 juillet 2026 à 0 h 30");

    [Fact]
    public void The_change_to_summer_time_is_followed()
    {
        // 29 March 2026, clocks jump from 02:00 to 03:00 Paris time, at 01:00 UTC.
        FrenchDates.NumericMoment(new DateTime(2026, 3, 29, 0, 59, 0, DateTimeKind.Utc)).ShouldBe("29/03/2026 01:59");
        FrenchDates.NumericMoment(new DateTime(2026, 3, 29, 1, 0, 0, DateTimeKind.Utc)).ShouldBe("29/03/2026 03:00");
    }

    [Fact]
    public void No_instant_is_a_dash() => FrenchDates.NumericMoment((DateTime?)null).ShouldBe("—");

    [Fact]
    public void Today_is_the_day_in_Paris_not_in_utc()
    {
        FrenchDates.Today(new FixedClock(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero))).ShouldBe(new DateOnly(2027, 1, 1));
        FrenchDates.Today(new FixedClock(new DateTimeOffset(2026, 6, 30, 21, 59, 0, TimeSpan.Zero))).ShouldBe(new DateOnly(2026, 6, 30));
        FrenchDates.Today(new FixedClock(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero))).ShouldBe(new DateOnly(2026, 7, 1));
    }
}
