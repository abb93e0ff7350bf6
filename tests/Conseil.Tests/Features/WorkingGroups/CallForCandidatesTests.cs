using System.Net;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Roles = Conseil.Web.Features.Accounts.Roles;

namespace Conseil.Tests.Features.WorkingGroups;

/// <summary>
/// A call for candidates from end to end, through the pages: the secretariat opens it, council members apply (once),
/// withdraw while it is open, the president selects; the selected join the group, every candidate hears by e-mail.
/// </summary>
public sealed class CallForCandidatesTests : AppTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(ConseilFactory.DefaultNow.UtcDateTime);

    private sealed record Scene(int GroupId, string CoLead, string Alice, string Bruno, string NoMandate, string President, string Secretariat);

    private async Task<Scene> SceneAsync() => await QueryAsync(async db =>
    {
        var (lead, leadUser) = await db.AddCouncilMemberAsync("Lina", "Copilote", Today);
        var group = await db.AddGroupAsync("Groupe appelant", WorkingGroupBuilders.Dossier("Dossier de l'appel"), lead);
        var (_, alice) = await db.AddCouncilMemberAsync("Alice", "Candidate", Today);
        var (_, bruno) = await db.AddCouncilMemberAsync("Bruno", "Candidat", Today);
        var outsider = CompositionBuilders.Person("Sans", "Mandat");
        db.People.Add(outsider);
        await db.SaveChangesAsync(Ct);
        var noMandate = await db.AddAccountAsync(outsider, "sans.mandat@exemple.test");
        var president = CompositionBuilders.Person("Paule", "Présidente");
        db.Offices.Add(new Office { Person = president, Kind = OfficeKind.President, StartDate = Today.AddYears(-1) });
        await db.SaveChangesAsync(Ct);
        var presidentUser = await db.AddAccountAsync(president, "paule.presidente@exemple.test");
        var secretariat = await db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct);
        return new Scene(group.Id, leadUser, alice, bruno, noMandate, presidentUser, secretariat);
    });

    private HttpClient As(string userId, string role = Roles.Member) => Factory.CreateClientAs(role, userId);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string>? fields = null) =>
        await Forms.PostAsync(client, page, fields ?? [], $"{page}?handler={handler}");

    private async Task<string> CallPageAsync(Scene scene)
    {
        var manage = WorkingGroupPaths.Manage(scene.GroupId);
        var opened = await PostAsync(As(scene.Secretariat, Roles.Secretariat), manage, "Call", new()
        {
            ["Call.Description"] = "Le groupe recherche quatre membres.",
            ["Call.OpensOn"] = Today.ToString("yyyy-MM-dd"),
            ["Call.ClosesOn"] = Today.AddDays(14).ToString("yyyy-MM-dd"),
        });
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return opened.Headers.Location!.ToString();
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, string call, string motivation = "Je connais bien le sujet.") =>
        PostAsync(client, call, "Apply", new() { ["Candidacy.Motivation"] = motivation });

    [Fact]
    public async Task Members_apply_once_withdraw_while_open_and_the_president_selects()
    {
        var scene = await SceneAsync();
        var call = await CallPageAsync(scene);
        call.ShouldStartWith($"/espace/groupes/{scene.GroupId}/appels/");

        // Not yet in the group, a council member reads the open call and applies.
        (await As(scene.Alice).GetStringAsync(call, Ct)).ShouldContain("Déposer ma candidature");
        (await As(scene.Alice).GetAsync(WorkingGroupPaths.Group(scene.GroupId), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApplyAsync(As(scene.Alice), call)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await ApplyAsync(As(scene.Alice), call)).Content.ReadAsStringAsync(Ct)).ShouldContain("Vous avez déjà déposé votre candidature à cet appel.");

        (await ApplyAsync(As(scene.Bruno), call)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(As(scene.Bruno), call, "Withdraw")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.Candidacies.CountAsync(c => c.Person.FamilyName == "Candidat", Ct))).ShouldBe(0);
        (await ApplyAsync(As(scene.Bruno), call, "Finalement, je me porte candidat.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await (await ApplyAsync(As(scene.NoMandate), call)).Content.ReadAsStringAsync(Ct))
            .ShouldContain("Seuls les membres du Haut Conseil ayant un mandat en cours peuvent se porter candidats.");
        (await (await ApplyAsync(As(scene.Alice), call, "")).Content.ReadAsStringAsync(Ct))
            .ShouldContain("Dites en quelques lignes pourquoi vous souhaitez rejoindre ce groupe.");

        // The selection is the president's office's: neither a candidate nor the group's co-lead may make it.
        var alice = await QueryAsync(db => db.Candidacies.SingleAsync(c => c.Person.FamilyName == "Candidate", Ct));
        var selection = new Dictionary<string, string> { ["Selection.Selected"] = alice.Id.ToString() };
        (await PostAsync(As(scene.Alice), call, "Decide", selection)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(As(scene.CoLead), call, "Decide", selection)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await As(scene.CoLead).GetStringAsync(call, Ct)).ShouldNotContain("Je connais bien le sujet.");
        (await As(scene.President).GetStringAsync(call, Ct)).ShouldContain("Je connais bien le sujet.");
        (await PostAsync(As(scene.President), call, "Decide", selection)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var members = await QueryAsync(db => db.GroupMembers.Where(m => m.WorkingGroupId == scene.GroupId)
            .Select(m => new { m.Person.FamilyName, m.Role, m.StartDate }).ToListAsync(Ct));
        members.ShouldContain(m => m.FamilyName == "Candidate" && m.Role == GroupRole.Member && m.StartDate == Today);
        members.ShouldNotContain(m => m.FamilyName == "Candidat");
        var decisions = await QueryAsync(db => db.Candidacies.Select(c => new { c.Person.FamilyName, c.Decision, c.Call.DecidedOn })
            .Where(c => c.FamilyName == "Candidate" || c.FamilyName == "Candidat").ToListAsync(Ct));
        decisions.ShouldBe([new { FamilyName = "Candidate", Decision = CandidacyDecision.Selected, DecidedOn = (DateOnly?)Today },
            new { FamilyName = "Candidat", Decision = CandidacyDecision.NotSelected, DecidedOn = (DateOnly?)Today }], ignoreOrder: true);

        var mails = await QueryAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Votre candidature au groupe de travail"))
            .Select(m => new { m.To, m.TextBody }).ToListAsync(Ct));
        mails.Single(m => m.To == "compte.alice.candidate@exemple.test").TextBody.ShouldContain("a retenu votre candidature");
        mails.Single(m => m.To == "compte.bruno.candidat@exemple.test").TextBody.ShouldContain("votre candidature n'a pas été retenue");

        // The selected member now enters the group's space; the other candidate reads only their own decision.
        (await As(scene.Alice).GetAsync(WorkingGroupPaths.Group(scene.GroupId), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await As(scene.Bruno).GetStringAsync(call, Ct)).ShouldContain("non retenue");
        (await As(scene.NoMandate).GetAsync(call, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await PostAsync(As(scene.President), call, "Decide", selection)).Content.ReadAsStringAsync(Ct))
            .ShouldContain("La sélection de cet appel a déjà été arrêtée.");
    }

    [Fact]
    public async Task After_its_closing_date_a_call_takes_no_candidacy_and_none_is_withdrawn()
    {
        var scene = await SceneAsync();
        var call = await CallPageAsync(scene);
        (await ApplyAsync(As(scene.Alice), call)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Factory.Clock.Now = ConseilFactory.DefaultNow.AddDays(15);
        // Closed, the call is no longer shown to council members outside the group, except to its candidates.
        (await As(scene.Bruno).GetAsync(call, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var late = await Forms.PostAsync(As(scene.Bruno), "/espace", new Dictionary<string, string> { ["Candidacy.Motivation"] = "En retard." }, $"{call}?handler=Apply");
        late.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await As(scene.Alice).GetStringAsync(call, Ct);
        page.ShouldContain("Clos, sélection en cours");
        page.ShouldNotContain("Retirer ma candidature");
        (await (await PostAsync(As(scene.Alice), call, "Withdraw")).Content.ReadAsStringAsync(Ct))
            .ShouldContain("L&#x27;appel est clos : une candidature ne peut plus être retirée.");
        (await QueryAsync(db => db.Candidacies.CountAsync(c => c.Person.FamilyName == "Candidate", Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task A_call_is_opened_only_with_sound_dates()
    {
        var scene = await SceneAsync();
        var response = await PostAsync(As(scene.Secretariat, Roles.Secretariat), WorkingGroupPaths.Manage(scene.GroupId), "Call", new()
        {
            ["Call.Description"] = "Dates à l'envers.",
            ["Call.OpensOn"] = Today.ToString("yyyy-MM-dd"),
            ["Call.ClosesOn"] = Today.AddDays(-3).ToString("yyyy-MM-dd"),
        });
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("La date de clôture doit suivre la date d&#x27;ouverture.");
        (await QueryAsync(db => db.CallsForCandidates.CountAsync(c => c.WorkingGroupId == scene.GroupId, Ct))).ShouldBe(0);
    }
}
