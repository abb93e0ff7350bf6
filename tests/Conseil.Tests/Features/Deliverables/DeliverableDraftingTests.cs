using System.Net;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Security;
using Conseil.Tests.Support;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Deliverables;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;
using Roles = Conseil.Web.Features.Accounts.Roles;

namespace Conseil.Tests.Features.Deliverables;

/// <summary>
/// Drafting a deliverable in the dossier's space, through its pages: the co-lead writes, the numbers follow every
/// change, bad input is refused in French with nothing saved, a plain member of the group reads but may not write.
/// </summary>
public sealed class DeliverableDraftingTests : AppTest
{
    private sealed record Seeded(int Dossier, int Deliverable, string CoLead, string Reader, int OtherHearing, int Ministry);

    private async Task<Seeded> SeedAsync() => await QueryAsync(async db =>
    {
        var colead = CompositionBuilders.Person("Marie", "Copilote");
        var reader = CompositionBuilders.Person("Léon", "Lecteur");
        db.People.AddRange(colead, reader);
        var dossier = WorkingGroupBuilders.Dossier("Dossier du rapport", DossierState.Drafting);
        await db.AddGroupAsync("Groupe du rapport", dossier, colead, reader);
        var other = WorkingGroupBuilders.Dossier("Autre dossier");
        var hearing = new Hearing { Dossier = other, At = new DateTime(2026, 3, 2, 13, 0, 0, DateTimeKind.Utc), Place = "Paris" };
        var deliverable = DeliverableBuilders.Draft(dossier);
        db.AddRange(hearing, deliverable);
        await db.SaveChangesAsync(Ct);
        var ministry = await db.Organisations.Where(o => o.Kind == OrganisationKind.Ministry).Select(o => o.Id).FirstAsync(Ct);
        return new Seeded(dossier.Id, deliverable.Id, await db.AddAccountAsync(colead, "marie.copilote@conseil.test"),
            await db.AddAccountAsync(reader, "leon.lecteur@conseil.test"), hearing.Id, ministry);
    });

    private static string Draft(Seeded s) => DeliverablePaths.Deliverable(s.Dossier, s.Deliverable);

    private Task<List<string>> NumbersAsync(int deliverable) => QueryAsync(db => db.Set<Recommendation>().Where(r => r.DeliverableId == deliverable)
        .OrderBy(r => r.Number).Select(r => r.Number + ":" + r.Title).ToListAsync(Ct));

    [Fact]
    public async Task The_co_lead_adds_a_recommendation_and_moves_another_to_a_theme_and_every_number_follows()
    {
        var s = await SeedAsync();
        var client = Factory.CreateClientAs(Roles.Member, s.CoLead);
        var themes = await QueryAsync(db => db.Set<RecommendationTheme>().Where(t => t.DeliverableId == s.Deliverable).OrderBy(t => t.Position).Select(t => t.Id).ToListAsync(Ct));

        var added = await Forms.PostAsync(client, DeliverablePaths.NewRecommendation(s.Dossier, s.Deliverable), new Dictionary<string, string>
        {
            ["Input.ThemeId"] = themes[0].ToString(), ["Input.Title"] = "Associer les personnes accompagnées", ["Input.Priority"] = "High",
            ["Input.AddresseeIds"] = s.Ministry.ToString(),
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NumbersAsync(s.Deliverable)).ShouldBe(
            ["1:Anticiper l'impact social des crises", "2:Articuler le national et le local", "3:Associer les personnes accompagnées", "4:Former ensemble les institutions"]);

        var first = await QueryAsync(db => db.Set<Recommendation>().Where(r => r.DeliverableId == s.Deliverable && r.Number == 1).Select(r => r.Id).SingleAsync(Ct));
        var moved = await Forms.PostAsync(client, DeliverablePaths.Recommendation(s.Dossier, s.Deliverable, first), new Dictionary<string, string>
        {
            ["Input.ThemeId"] = themes[1].ToString(), ["Input.Title"] = "Anticiper l'impact social des crises", ["Input.Priority"] = "Medium",
        });
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NumbersAsync(s.Deliverable)).ShouldBe(
            ["1:Articuler le national et le local", "2:Associer les personnes accompagnées", "3:Former ensemble les institutions", "4:Anticiper l'impact social des crises"]);
        (await QueryAsync(db => db.Set<Recommendation>().Where(r => r.DeliverableId == s.Deliverable)
            .SelectMany(r => r.Addressees).CountAsync(a => a.OrganisationId == s.Ministry, Ct))).ShouldBe(1);

        var page = await client.GetStringAsync(Draft(s), Ct);
        page.ShouldContain("id=\"preconisation-4\">Préconisation n° 4 : Anticiper l&#x27;impact social des crises");
    }

    [Fact]
    public async Task Bad_input_is_refused_in_french_and_nothing_is_saved()
    {
        var s = await SeedAsync();
        var client = Factory.CreateClientAs(Roles.Member, s.CoLead);
        var before = await NumbersAsync(s.Deliverable);

        var noTheme = await Forms.PostAsync(client, DeliverablePaths.NewRecommendation(s.Dossier, s.Deliverable), new Dictionary<string, string> { ["Input.Priority"] = "High" });
        var body = await noTheme.Content.ReadAsStringAsync(Ct);
        noTheme.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.ShouldContain("Choisissez le thème de la préconisation.");
        body.ShouldContain("Indiquez l&#x27;intitulé de la préconisation.");

        var theme = await QueryAsync(db => db.Set<RecommendationTheme>().Where(t => t.DeliverableId == s.Deliverable).Select(t => t.Id).FirstAsync(Ct));
        var foreign = await Forms.PostAsync(client, DeliverablePaths.NewRecommendation(s.Dossier, s.Deliverable), new Dictionary<string, string>
        {
            ["Input.ThemeId"] = theme.ToString(), ["Input.Title"] = "Appuyée ailleurs", ["Input.Priority"] = "Low", ["Input.HearingIds"] = s.OtherHearing.ToString(),
        });
        (await foreign.Content.ReadAsStringAsync(Ct)).ShouldContain("Une des auditions choisies n&#x27;est pas une audition de ce dossier.");

        var full = await Forms.PostAsync(client, Draft(s), new Dictionary<string, string>(), Draft(s) + $"?handler=DeleteTheme&themeId={theme}");
        (await full.Content.ReadAsStringAsync(Ct)).ShouldContain("Ce thème contient encore des préconisations");

        var recommendation = await QueryAsync(db => db.Set<Recommendation>().Where(r => r.DeliverableId == s.Deliverable).Select(r => r.Id).FirstAsync(Ct));
        var unconfirmed = await Forms.PostAsync(client, DeliverablePaths.Recommendation(s.Dossier, s.Deliverable, recommendation), new Dictionary<string, string>(),
            DeliverablePaths.Recommendation(s.Dossier, s.Deliverable, recommendation) + "?handler=Delete");
        var unconfirmedBody = await unconfirmed.Content.ReadAsStringAsync(Ct);
        unconfirmedBody.ShouldContain("Cochez « Je confirme la suppression » pour supprimer.");
        unconfirmedBody.ShouldContain("value=\"Anticiper l&#x27;impact social des crises\"");

        (await NumbersAsync(s.Deliverable)).ShouldBe(before);
    }

    [Fact]
    public async Task A_version_keeps_the_text_and_its_hash_and_an_unchanged_text_is_not_saved_twice()
    {
        var s = await SeedAsync();
        var client = Factory.CreateClientAs(Roles.Member, s.CoLead);
        var saved = await Forms.PostAsync(client, Draft(s), new Dictionary<string, string> { ["NewVersion.Note"] = "Première lecture" }, Draft(s) + "?handler=SaveVersion");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldBe(DeliverablePaths.Version(s.Dossier, s.Deliverable, 1));
        var again = await Forms.PostAsync(client, Draft(s), new Dictionary<string, string>(), Draft(s) + "?handler=SaveVersion");
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("Le texte n&#x27;a pas changé depuis la version n° 1");

        var version = await QueryAsync(db => db.Set<DeliverableVersion>().SingleAsync(v => v.DeliverableId == s.Deliverable, Ct));
        version.ContentHash.ShouldBe(DraftSnapshot.Hash(version.Content));
        DraftSnapshot.FromJson(version.Content).Recommendations.Select(r => r.Number).ShouldBe([1, 2, 3]);
        (await client.GetStringAsync(DeliverablePaths.Version(s.Dossier, s.Deliverable, 1), Ct)).ShouldContain(version.ContentHash);
    }

    [Fact]
    public async Task A_plain_member_of_the_group_reads_the_draft_but_may_not_write_it()
    {
        var s = await SeedAsync();
        var reader = Factory.CreateClientAs(Roles.Member, s.Reader);
        var page = await reader.GetStringAsync(Draft(s), Ct);
        page.ShouldContain("Préconisation n° 3 : Former ensemble les institutions");
        page.ShouldNotContain("Enregistrer une version");
        AuthorizationMatrixTests.Classify(await reader.GetAsync(DeliverablePaths.NewSection(s.Dossier, s.Deliverable), Ct)).ShouldBe(Access.Denied);
        var colead = await Factory.CreateClientAs(Roles.Member, s.CoLead).GetStringAsync(Draft(s), Ct);
        colead.ShouldContain("Enregistrer une version");
    }
}
