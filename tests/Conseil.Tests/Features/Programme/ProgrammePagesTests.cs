using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Programme;

/// <summary>
/// The public programme shows only what the plenary adopted, from the output cache, evicted when the secretariat
/// saves; members read each axis's progress on the timeline; the secretariat also sees the proposals.
/// </summary>
public sealed class ProgrammePagesTests : AppTest
{
    [Fact]
    public async Task The_public_page_shows_the_adopted_programme_and_never_a_proposal()
    {
        await QueryAsync(db => db.AddProgrammeAsync("Programme de travail 2027–2028", adoptedOn: null, axis: "Axe d'un projet"));

        var page = await Factory.CreateClientAs(null).GetStringAsync("/programme", Ct);

        page.ShouldContain("Programme de travail 2020–2021");
        page.ShouldContain("Adopté par l'assemblée plénière du 18 novembre 2019");
        page.ShouldContain("Les pratiques réflexives");
        page.ShouldNotContain("2027–2028");
        page.ShouldNotContain("Axe d'un projet");
        // The dossier behind a work item is private: the public page never names it.
        page.ShouldContain(ProgrammeDemo.CovidWorkItem);
        page.ShouldNotContain("/espace/dossiers/");
    }

    [Fact]
    public async Task Adopting_a_programme_evicts_the_cached_public_page()
    {
        var proposal = await QueryAsync(db => db.AddProgrammeAsync("Programme de travail 2027–2028", adoptedOn: null, axis: "Axe adopté ensuite"));
        var visitor = Factory.CreateClientAs(null);
        (await visitor.GetStringAsync("/programme", Ct)).ShouldNotContain("Axe adopté ensuite");

        // Behind the application's back: the cached page does not change, which shows it is cached.
        await QueryAsync(db => db.Axes.Where(a => a.Name == "Les pratiques réflexives")
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Description, "Écrit sans passer par le site"), Ct));
        (await visitor.GetStringAsync("/programme", Ct)).ShouldNotContain("Écrit sans passer par le site");

        var secretariat = Factory.CreateClientAs(Roles.Secretariat);
        var saved = await Forms.PostAsync(secretariat, $"/espace/programme/edition/{proposal.Id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Programme de travail 2027–2028", ["Input.StartDate"] = "2027-01-01", ["Input.EndDate"] = "2028-12-31",
            ["Input.AdoptedOn"] = "2026-11-18", ["Input.Introduction"] = "Adopté en séance.",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe($"/espace/programme?programme={proposal.Id}");

        var page = await visitor.GetStringAsync("/programme", Ct);
        page.ShouldContain("Axe adopté ensuite");
        page.ShouldContain("Adopté par l'assemblée plénière du 18 novembre 2026");
        page.ShouldContain("Écrit sans passer par le site");
    }

    [Fact]
    public async Task An_adoption_date_to_come_is_refused_beside_its_field()
    {
        var proposal = await QueryAsync(db => db.AddProgrammeAsync("Programme de travail 2027–2028", adoptedOn: null));
        var response = await Forms.PostAsync(Factory.CreateClientAs(Roles.Secretariat), $"/espace/programme/edition/{proposal.Id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Programme de travail 2027–2028", ["Input.StartDate"] = "2027-01-01", ["Input.EndDate"] = "2028-12-31", ["Input.AdoptedOn"] = "2026-12-15",
        });
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        page.QuerySelector("#Input_AdoptedOn-error")!.TextContent.ShouldStartWith("La date d'adoption ne peut pas être postérieure à aujourd'hui");
        (await QueryAsync(db => db.WorkProgrammes.Where(p => p.Id == proposal.Id).Select(p => p.AdoptedOn).SingleAsync(Ct))).ShouldBeNull();
    }

    [Fact]
    public async Task A_member_reads_each_axis_progress_and_the_secretariat_also_sees_the_proposals()
    {
        var proposal = await QueryAsync(db => db.AddProgrammeAsync("Programme de travail 2027–2028", adoptedOn: null));

        var member = new HtmlParser().ParseDocument(await Factory.CreateClientAs(Roles.Member).GetStringAsync("/espace/programme", Ct));
        member.QuerySelector("h1")!.TextContent.ShouldBe("Programme de travail 2020–2021");
        var axis2 = member.QuerySelector("#axe-" + await AxisIdAsync(2))!.ParentElement!;
        axis2.QuerySelector("label")!.TextContent.ShouldBe("Avancement : 2 chantiers livrés sur 3, 1 en cours");
        axis2.QuerySelector("progress")!.GetAttribute("value").ShouldBe("2");
        axis2.QuerySelectorAll("ol.conseil-timeline > li").Length.ShouldBe(3);
        axis2.TextContent.ShouldContain("Date prévue dépassée");
        member.Body!.TextContent.ShouldNotContain("2027–2028");
        member.QuerySelectorAll("a[href^='/espace/programme/']").ShouldBeEmpty();
        (await Factory.CreateClientAs(Roles.Member).GetStringAsync($"/espace/programme?programme={proposal.Id}", Ct)).ShouldNotContain("2027–2028");

        var secretariat = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync($"/espace/programme?programme={proposal.Id}", Ct);
        secretariat.ShouldContain("Projet non adopté");
        secretariat.ShouldContain($"/espace/programme/edition/{proposal.Id}");
    }

    [Fact]
    public async Task The_secretariat_adds_an_axis_and_a_work_item_that_the_timeline_shows()
    {
        var proposal = await QueryAsync(db => db.AddProgrammeAsync("Programme de travail 2027–2028", adoptedOn: null));
        var secretariat = Factory.CreateClientAs(Roles.Secretariat);

        var duplicate = await Forms.PostAsync(secretariat, $"/espace/programme/axe?programme={proposal.Id}", new Dictionary<string, string>
        {
            ["Input.WorkProgrammeId"] = proposal.Id.ToString(), ["Input.Number"] = "1", ["Input.Name"] = "Un autre axe 1",
        });
        new HtmlParser().ParseDocument(await duplicate.Content.ReadAsStringAsync(Ct)).QuerySelector("#Input_Number-error")!.TextContent
            .ShouldBe("Ce programme a déjà un axe n° 1.");

        (await Forms.PostAsync(secretariat, $"/espace/programme/axe?programme={proposal.Id}", new Dictionary<string, string>
        {
            ["Input.WorkProgrammeId"] = proposal.Id.ToString(), ["Input.Number"] = "2", ["Input.Name"] = "La participation des personnes accompagnées",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var axis = await QueryAsync(db => db.Axes.SingleAsync(a => a.WorkProgrammeId == proposal.Id && a.Number == 2, Ct));
        (await Forms.PostAsync(secretariat, $"/espace/programme/chantier?axe={axis.Id}", new Dictionary<string, string>
        {
            ["Input.AxisId"] = axis.Id.ToString(), ["Input.Name"] = "Guide de la participation", ["Input.Deliverable"] = nameof(DeliverableKind.Guide),
            ["Input.PlannedOn"] = "2027-09-30", ["Input.Progress"] = nameof(WorkItemProgress.Planned),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await secretariat.GetStringAsync($"/espace/programme?programme={proposal.Id}", Ct);
        page.ShouldContain("Axe 2 : La participation des personnes accompagnées");
        page.ShouldContain("Guide de la participation");
        page.ShouldContain("30 septembre 2027");
    }

    private Task<int> AxisIdAsync(int number) =>
        QueryAsync(db => db.Axes.Where(a => a.Number == number && a.WorkProgramme.Name == ProgrammeDemo.Name).Select(a => a.Id).SingleAsync(Ct));
}
