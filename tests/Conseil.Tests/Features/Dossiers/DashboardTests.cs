using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers;

namespace Conseil.Tests.Features.Dossiers;

/// <summary>
/// The secretariat's dashboard (today is 22 November 2026): open dossiers by deadline, the late ones and those due
/// within 30 days marked in words, not colour alone; filters by state and urgency; pages of 50.
/// </summary>
public sealed class DashboardTests : AppTest
{
    private readonly HttpClient secretariat;

    public DashboardTests() => secretariat = Factory.CreateClientAs(Roles.Secretariat);

    private async Task SeedAsync() => await QueryAsync(async db =>
    {
        await db.AddDossierAsync("Dossier en retard", DossierState.UnderExamination, new DateOnly(2026, 11, 10));
        await db.AddDossierAsync("Dossier bientôt dû", DossierState.Drafting, new DateOnly(2026, 12, 1));
        await db.AddDossierAsync("Dossier lointain", DossierState.Accepted, new DateOnly(2027, 3, 1));
        await db.AddDossierAsync("Dossier publié", DossierState.Published, new DateOnly(2026, 6, 1));
        return 0;
    });

    [Fact]
    public async Task Late_dossiers_and_those_due_within_thirty_days_stand_out_in_words_sorted_by_deadline()
    {
        await SeedAsync();
        var page = await PageAsync("/espace/dossiers");

        var rows = Rows(page);
        var names = rows.Select(r => r.Name).ToList();
        names.IndexOf("Dossier en retard").ShouldBeLessThan(names.IndexOf("Dossier bientôt dû"));
        names.IndexOf("Dossier bientôt dû").ShouldBeLessThan(names.IndexOf("Dossier lointain"));
        names.ShouldNotContain("Dossier publié");
        rows.Single(r => r.Name == "Dossier en retard").Deadline.ShouldBe("10/11/2026 En retard de 12 jours");
        rows.Single(r => r.Name == "Dossier bientôt dû").Deadline.ShouldBe("01/12/2026 Échéance dans 9 jours");
        rows.Single(r => r.Name == "Dossier lointain").Deadline.ShouldBe("01/03/2027");
        page.QuerySelectorAll("td .fr-badge--error").Select(b => b.TextContent).ShouldContain("En retard de 12 jours");
    }

    [Fact]
    public async Task The_filters_show_one_state_or_the_late_ones_and_keep_the_counts_by_state()
    {
        await SeedAsync();

        var late = Rows(await PageAsync("/espace/dossiers?Echeance=retard")).Select(r => r.Name).ToList();
        late.ShouldContain("Dossier en retard");
        late.ShouldNotContain("Dossier bientôt dû");
        var soon = Rows(await PageAsync("/espace/dossiers?Echeance=proche")).Select(r => r.Name).ToList();
        soon.ShouldContain("Dossier bientôt dû");
        soon.ShouldNotContain("Dossier en retard");

        var published = await PageAsync("/espace/dossiers?Etat=publie");
        Rows(published).Select(r => r.Name).ShouldContain("Dossier publié");
        Rows(published).Select(r => r.Name).ShouldNotContain("Dossier en retard");
        published.QuerySelector("main h2.fr-mt-4w")!.TextContent.ShouldBe("Dossiers à l'état « Publié », par échéance");
        published.QuerySelector("#Etat option[selected]")!.GetAttribute("value").ShouldBe("publie");

        var unknown = await PageAsync("/espace/dossiers?Etat=inconnu&Echeance=%3Cscript%3E&page=-4");
        Rows(unknown).Select(r => r.Name).ShouldContain("Dossier en retard");
    }

    [Fact]
    public async Task Many_dossiers_come_fifty_to_a_page()
    {
        await QueryAsync(async db =>
        {
            for (var i = 0; i < 60; i++) await db.AddDossierAsync($"Dossier n° {i:00}", DossierState.UnderExamination, new DateOnly(2027, 1, 1).AddDays(i));
            return 0;
        });

        var first = await PageAsync("/espace/dossiers");
        Rows(first).Count.ShouldBe(DossierQueries.PageSize);
        first.QuerySelector("nav.fr-pagination a[aria-current=page]")!.TextContent.ShouldBe("1");
        var second = await PageAsync("/espace/dossiers?page=2");
        Rows(second).Select(r => r.Name).ShouldContain("Dossier n° 59");
        var beyond = await PageAsync("/espace/dossiers?page=99");
        Rows(beyond).Select(r => r.Name).ShouldContain("Dossier n° 59");
    }

    private sealed record Row(string Name, string Deadline);

    private static List<Row> Rows(IHtmlDocument page) =>
    [
        .. page.QuerySelectorAll("main table tbody tr").Select(tr => new Row(
            tr.QuerySelector("th a")!.TextContent.Trim(),
            string.Join(' ', tr.QuerySelector("td[data-label='Échéance']")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))),
    ];

    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var response = await secretariat.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        ((int)response.StatusCode).ShouldBe(200, body);
        return new HtmlParser().ParseDocument(body);
    }
}
