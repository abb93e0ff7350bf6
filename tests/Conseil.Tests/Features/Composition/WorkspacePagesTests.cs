using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Composition;

public sealed class WorkspacePagesTests : AppTest
{
    [Fact]
    public async Task The_secretariats_home_lists_what_needs_attention()
    {
        var html = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync("/espace", Ct);
        var document = new HtmlParser().ParseDocument(html);
        var figures = document.QuerySelectorAll(".conseil-figure").Select(f => f.TextContent).ToList();

        figures.ShouldBe(["2", "4", "8"]); // demo: 2 mandates end in 45 days, 4 vacant seats, 8 full members without substitute
        html.ShouldContain("Assemblée plénière (titulaires)");
        html.ShouldContain("Nouveau mandat");
    }

    [Fact]
    public async Task Editing_a_mandate_through_the_form_changes_it_and_records_who_did_it()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat, userId: "claire");
        var mandate = await QueryAsync(db => db.Mandates.Include(m => m.Term).FirstAsync(m => m.Term.Name == "2022–2027" && m.Role == MandateRole.FullMember, Ct));

        var response = await Forms.PostAsync(client, $"/espace/composition/mandat/{mandate.Id}", Fields(mandate, status: "Resigned", end: "2025-03-31"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/espace/composition/siege/{mandate.SeatId}");
        var saved = await QueryAsync(db => db.Mandates.SingleAsync(m => m.Id == mandate.Id, Ct));
        saved.Status.ShouldBe(MandateStatus.Resigned);
        saved.EndDate.ShouldBe(new DateOnly(2025, 3, 31));
        var journal = await client.GetStringAsync("/espace/journal?Type=Mandate", Ct);
        journal.ShouldContain("claire@conseil.test");
        journal.ShouldContain("Démission");
    }

    [Fact]
    public async Task A_refused_mandate_is_redisplayed_with_the_reason_beside_the_field_and_the_typed_values_kept()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        var mandate = await QueryAsync(db => db.Mandates.FirstAsync(m => m.Role == MandateRole.FullMember, Ct));

        var response = await Forms.PostAsync(client, $"/espace/composition/mandat/{mandate.Id}",
            Fields(mandate, status: "Active", end: "2020-01-01", act: "Arrêté à garder"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        document.QuerySelector("#Input_EndDate-error")!.TextContent.ShouldContain("postérieure");
        document.QuerySelector("#Input_EndDate")!.GetAttribute("aria-describedby")!.ShouldContain("Input_EndDate-error");
        document.QuerySelector("#Input_AppointingAct")!.GetAttribute("value").ShouldBe("Arrêté à garder");
        document.QuerySelector("[role=alert]")!.TextContent.ShouldContain("une erreur");
        (await QueryAsync(db => db.Mandates.SingleAsync(m => m.Id == mandate.Id, Ct))).EndDate.ShouldBe(mandate.EndDate);
    }

    [Fact]
    public async Task An_impossible_date_is_refused_in_french()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        var mandate = await QueryAsync(db => db.Mandates.FirstAsync(Ct));

        var response = await Forms.PostAsync(client, $"/espace/composition/mandat/{mandate.Id}", Fields(mandate, status: "Active", end: "2025-02-31"));

        (await TextOf(response)).ShouldContain("La valeur « 2025-02-31 » n'est pas valide");
    }

    [Fact]
    public async Task Adding_a_seat_beyond_the_quota_is_refused_on_the_college_page()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        var college = await QueryAsync(db => db.Colleges.SingleAsync(c => c.Number == 5, Ct));

        var response = await Forms.PostAsync(client, $"/espace/composition/college/{college.Id}",
            new Dictionary<string, string> { ["Seat.Label"] = "Troisième comité" }, $"/espace/composition/college/{college.Id}?handler=Seat");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextOf(response)).ShouldContain("relevez d'abord son quota");
        (await QueryAsync(db => db.Seats.CountAsync(s => s.CollegeId == college.Id, Ct))).ShouldBe(2);
    }

    [Fact]
    public async Task The_history_of_a_seat_shows_each_term()
    {
        var seat = await QueryAsync(db => db.Seats.Include(s => s.College).SingleAsync(s => s.College.Number == 2 && s.Number == 1, Ct));

        var html = await Factory.CreateClientAs(Roles.Member).GetStringAsync($"/espace/composition/siege/{seat.Id}", Ct);

        html.ShouldContain("Mandature 2022–2027");
        html.ShouldContain("Mandature 2020–2021");
    }

    [Fact]
    public async Task Members_cannot_open_the_secretariat_pages()
    {
        var response = await Factory.CreateClientAs(Roles.Member).GetAsync("/espace/composition/personnes", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/acces-refuse");
    }

    private static async Task<string> TextOf(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct)).Body!.TextContent;

    private static Dictionary<string, string> Fields(Mandate m, string status, string end, string act = "") => new()
    {
        ["Input.SeatId"] = m.SeatId.ToString(), ["Input.PersonId"] = m.PersonId.ToString(), ["Input.TermId"] = m.TermId.ToString(),
        ["Input.Role"] = m.Role.ToString(), ["Input.StartDate"] = m.StartDate.ToString("yyyy-MM-dd"), ["Input.EndDate"] = end,
        ["Input.Status"] = status, ["Input.AppointingAct"] = act,
    };
}
