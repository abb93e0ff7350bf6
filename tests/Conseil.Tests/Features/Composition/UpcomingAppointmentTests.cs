using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Composition;

/// <summary>
/// A mandate starting next month is an appointment to come: "À venir", listed as such on the dashboard, and the seat
/// stays vacant on the public page until that day ("nomination à venir le …"). The clock is the factory's (22 Nov 2026).
/// </summary>
public sealed class UpcomingAppointmentTests : AppTest
{
    private static readonly DateOnly NextMonth = new(2026, 12, 1);

    [Fact]
    public void A_mandate_reads_a_venir_before_its_start_en_cours_during_it_and_termine_after()
    {
        var mandate = new Mandate { StartDate = NextMonth, EndDate = new(2027, 6, 13), Status = MandateStatus.Active };

        CompositionLabels.StatusOn(mandate, NextMonth.AddDays(-1)).ShouldBe("À venir");
        CompositionLabels.StatusOn(mandate, NextMonth).ShouldBe("En cours");
        CompositionLabels.StatusOn(mandate, new(2027, 6, 14)).ShouldBe("Terminé");
        CompositionLabels.StatusOn(new Mandate { StartDate = NextMonth, Status = MandateStatus.Resigned }, NextMonth.AddDays(-1))
            .ShouldBe("Démission");
    }

    [Fact]
    public async Task The_seat_page_shows_an_appointment_to_come_as_a_venir_until_its_first_day()
    {
        var seatId = await AppointOnVacantSeatAsync();
        var client = Factory.CreateClientAs(Roles.Member);

        var before = await client.GetStringAsync($"/espace/composition/siege/{seatId}", Ct);
        Row(before).ShouldContain("À venir");
        Row(before).ShouldNotContain("En cours");

        Factory.Clock.Now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        Row(await client.GetStringAsync($"/espace/composition/siege/{seatId}", Ct)).ShouldContain("En cours");
    }

    [Fact]
    public async Task The_dashboard_lists_appointments_to_come_and_no_longer_counts_their_seat_as_vacant()
    {
        var seatId = await AppointOnVacantSeatAsync();

        var html = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync("/espace", Ct);
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelectorAll(".conseil-figure")[1].TextContent.ShouldBe("3"); // 4 vacant seats in the demo, one now appointed
        var upcoming = document.QuerySelectorAll("h3").Single(h => h.TextContent == "Nominations à venir").NextElementSibling!;
        var row = upcoming.QuerySelector("tbody tr")!.TextContent;
        row.ShouldContain("Personne qualifiée n° 9");
        row.ShouldContain("Élodie Lambert");
        row.ShouldContain("01/12/2026");
        upcoming.ClassList.ShouldContain("fr-table--no-caption"); // its caption would repeat the heading
        var vacant = document.QuerySelectorAll("h3").Single(h => h.TextContent == "Sièges vacants").NextElementSibling!;
        vacant.QuerySelectorAll($"a[href='/espace/composition/siege/{seatId}']").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_public_page_shows_the_seat_vacant_today_with_the_date_of_the_appointment()
    {
        await AppointOnVacantSeatAsync();
        var client = Factory.CreateClientAs(null);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/composition", Ct));
        document.QuerySelector("p.fr-text--lead")!.TextContent.ShouldContain("dont 4 vacants");
        var seat = document.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "Personne qualifiée n° 9");
        seat.TextContent.ShouldContain("Siège vacant, nomination à venir le 1er décembre 2026");
        seat.TextContent.ShouldNotContain("Lambert");

        Factory.Clock.Now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        document = new HtmlParser().ParseDocument(await client.GetStringAsync("/composition", Ct));
        document.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "Personne qualifiée n° 9")
            .TextContent.ShouldContain("Élodie Lambert");
    }

    private static string Row(string seatPage) =>
        new HtmlParser().ParseDocument(seatPage).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Élodie Lambert")).TextContent;

    /// <summary>Appoints Élodie Lambert from next month on "Personne qualifiée n° 9", left vacant by the demo content.</summary>
    private async Task<int> AppointOnVacantSeatAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var seat = await db.Seats.SingleAsync(s => s.College.Number == 6 && s.Number == 9, Ct);
        var term = await db.Terms.SingleAsync(t => t.Name == "2022–2027", Ct);
        db.Mandates.Add(new Mandate
        {
            Seat = seat, Term = term, Role = MandateRole.FullMember, StartDate = NextMonth, EndDate = term.EndDate,
            Status = MandateStatus.Active, AppointingAct = "Arrêté du 20 novembre 2026",
            Person = new Person { GivenName = "Élodie", FamilyName = "Lambert", Gender = Gender.Female },
        });
        await db.SaveChangesAsync(Ct);
        return seat.Id;
    }
}
