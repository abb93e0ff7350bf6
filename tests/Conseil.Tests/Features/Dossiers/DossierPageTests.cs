using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Dossiers;

namespace Conseil.Tests.Features.Dossiers;

/// <summary>
/// The dossier page and its API: a member of its group reads it all (accepted contributions in their shared text
/// only); anyone outside its groups gets 404, as for a dossier that does not exist; the president in office and the
/// secretariat read every dossier.
/// </summary>
public sealed class DossierPageTests : AppTest
{
    private sealed record Seeded(int Dossier, string Member, string Outsider, string President);

    private async Task<Seeded> SeedAsync() => await QueryAsync(async db =>
    {
        var reader = CompositionBuilders.Person("Agathe", "Lecteur");
        var outsider = CompositionBuilders.Person("Olivier", "Dehors");
        var president = CompositionBuilders.Person("Paule", "Présidente");
        db.People.AddRange(reader, outsider, president);
        db.Offices.Add(new Office { Person = president, Kind = OfficeKind.President, StartDate = new DateOnly(2026, 1, 1) });
        var dossier = WorkingGroupBuilders.Dossier("Dossier de la page");
        dossier.Questions.Add(new DossierQuestion { Number = 1, Text = "Quelle question ?" });
        dossier.Themes.Add(new DossierTheme { Number = 1, Name = "La gouvernance" });
        dossier.Moves.Add(new DossierMove { To = DossierState.Received, On = dossier.ReceivedOn, At = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc), ByName = "Secrétariat", Comment = "Lettre reçue." });
        await db.AddGroupAsync("Groupe de la page", dossier, reader);
        db.Contributions.AddRange(
            new Contribution
            {
                DossierId = dossier.Id, Title = "Contribution acceptée", OriginalText = "Texte d'origine 06 12 34 56 78", SharedText = "Texte masqué [téléphone]",
                Status = ContributionStatus.Accepted, ReceivedAt = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), Consented = true,
                OrganisationName = "Comité local de Loire-Atlantique",
            },
            new Contribution
            {
                DossierId = dossier.Id, Title = "Contribution retenue", OriginalText = "Numéro 1 84 12 76 451 089 46", Status = ContributionStatus.Held,
                ReceivedAt = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), Consented = true,
            });
        db.Hearings.Add(new Hearing
        {
            DossierId = dossier.Id, At = new DateTime(2026, 2, 10, 13, 30, 0, DateTimeKind.Utc), Place = "Visioconférence",
            Participants = [new HearingParticipant { FullName = "Élodie Martin", Organisation = "ANAS", Role = "Présidente" }],
        });
        db.DossierDocuments.Add(new DossierDocument { DossierId = dossier.Id, Title = "Note de cadrage", Kind = DocumentKind.WorkingDocument, CreatedAt = new DateTime(2026, 1, 20, 9, 0, 0, DateTimeKind.Utc) });
        await db.SaveChangesAsync(Ct);
        return new Seeded(dossier.Id, await db.AddAccountAsync(reader, "agathe.lecteur@conseil.test"),
            await db.AddAccountAsync(outsider, "olivier.dehors@conseil.test"), await db.AddAccountAsync(president, "paule.presidente@conseil.test"));
    });

    [Fact]
    public async Task A_member_of_the_group_reads_the_referral_its_group_and_its_timeline()
    {
        var seeded = await SeedAsync();
        var response = await Factory.CreateClientAs(Roles.Member, seeded.Member).GetAsync($"/espace/dossiers/{seeded.Dossier}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Factory.Errors.Entries.ShouldBeEmpty();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var page = new HtmlParser().ParseDocument(body);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Dossier de la page");
        var text = page.QuerySelector("main")!.TextContent;
        text.ShouldContain("Quelle question ?");
        text.ShouldContain("La gouvernance");
        text.ShouldContain("Agathe Lecteur, copilote (membre du haut conseil)");
        text.ShouldContain("Audition d'Élodie Martin (ANAS)");
        text.ShouldContain("10 février 2026 à 14 h 30");
        text.ShouldContain("Texte masqué [téléphone]");
        text.ShouldNotContain("06 12 34 56 78");
        text.ShouldNotContain("Contribution retenue");
        text.ShouldContain("Note de cadrage");
        text.ShouldContain("document préparatoire, non communicable");
        text.ShouldContain("Lettre reçue.");
        page.QuerySelector($"a[href='/espace/groupes/{(await GroupIdAsync(seeded.Dossier))}']").ShouldNotBeNull();
        page.QuerySelector($"a[href='/espace/dossiers/{seeded.Dossier}/auditions']")!.TextContent.ShouldBe("Les auditions (1)");
        page.QuerySelector($"a[href='/espace/dossiers/{seeded.Dossier}/contributions']")!.TextContent.ShouldBe("Les contributions acceptées (1)");
        page.QuerySelector($"a[href='/espace/dossiers/{seeded.Dossier}/etat']").ShouldBeNull();
    }

    [Fact]
    public async Task Outside_its_groups_the_dossier_answers_404_like_one_that_does_not_exist_but_the_president_and_the_secretariat_read_it()
    {
        var seeded = await SeedAsync();
        var outsider = Factory.CreateClientAs(Roles.Member, seeded.Outsider);
        var hidden = await outsider.GetAsync($"/espace/dossiers/{seeded.Dossier}", Ct);
        var missing = await outsider.GetAsync("/espace/dossiers/999999", Ct);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Content.ReadAsStringAsync(Ct)).ShouldNotContain("Dossier de la page");

        (await Factory.CreateClientAs(Roles.Member, seeded.President).GetAsync($"/espace/dossiers/{seeded.Dossier}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var secretariat = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync($"/espace/dossiers/{seeded.Dossier}", Ct);
        secretariat.ShouldContain($"/espace/dossiers/{seeded.Dossier}/etat");
        secretariat.ShouldContain($"/espace/dossiers/{seeded.Dossier}/saisine");
    }

    [Fact]
    public async Task The_api_gives_the_dossier_to_its_members_and_404_problem_details_to_anyone_else()
    {
        var seeded = await SeedAsync();
        var dossier = await Factory.CreateClientAs(Roles.Member, seeded.Member).GetFromJsonAsync<JsonElement>($"/api/dossiers/{seeded.Dossier}", Ct);
        dossier.GetProperty("name").GetString().ShouldBe("Dossier de la page");
        dossier.GetProperty("state").GetString().ShouldBe("UnderExamination");
        dossier.GetProperty("stateLabel").GetString().ShouldBe("En instruction");
        dossier.GetProperty("questions")[0].GetProperty("text").GetString().ShouldBe("Quelle question ?");
        dossier.GetProperty("acceptedContributions").GetInt32().ShouldBe(1);
        dossier.TryGetProperty("documentsList", out _).ShouldBeFalse();

        foreach (var url in new[] { $"/api/dossiers/{seeded.Dossier}", "/api/dossiers/999999" })
        {
            var refused = await Factory.CreateClientAs(Roles.Member, seeded.Outsider).GetAsync(url, Ct);
            refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString().ShouldBe("Introuvable");
        }
        (await Factory.CreateClientAs(null).GetAsync($"/api/dossiers/{seeded.Dossier}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_secretariat_lists_every_dossier_by_the_api_and_a_member_may_not()
    {
        await QueryAsync(db => db.AddDossierAsync("Dossier en retard de l'API", DossierState.Drafting, new DateOnly(2026, 11, 1)));
        var list = await Factory.CreateClientAs(Roles.Secretariat).GetFromJsonAsync<JsonElement>("/api/dossiers?state=Drafting", Ct);
        var late = list.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "Dossier en retard de l'API");
        late.GetProperty("late").GetBoolean().ShouldBeTrue();
        list.EnumerateArray().ShouldAllBe(d => d.GetProperty("state").GetString() == "Drafting");

        var bad = await Factory.CreateClientAs(Roles.Secretariat).GetAsync("/api/dossiers?state=Perdu", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("state")[0].GetString()!.ShouldStartWith("L'état « Perdu » n'existe pas");
        (await Factory.CreateClientAs(Roles.Member).GetAsync("/api/dossiers", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_workspace_home_lists_the_member_s_dossiers_one_click_from_their_page()
    {
        var seeded = await SeedAsync();
        var response = await Factory.CreateClientAs(Roles.Member, seeded.Member).GetAsync("/espace", Ct);
        Factory.Errors.Entries.ShouldBeEmpty();
        var home = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        home.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldContain("Mes dossiers");
        home.QuerySelector($"a[href='/espace/dossiers/{seeded.Dossier}']")!.TextContent.ShouldBe("Dossier de la page");

        var outsider = await Factory.CreateClientAs(Roles.Member, seeded.Outsider).GetStringAsync("/espace", Ct);
        outsider.ShouldContain("Vous ne participez à aucun groupe de travail chargé d'un dossier.");
        outsider.ShouldNotContain("Dossier de la page");
    }

    private Task<int> GroupIdAsync(int dossier) =>
        QueryAsync(db => Task.FromResult(db.WorkingGroups.Where(g => g.DossierId == dossier).Select(g => g.Id).Single()));
}
