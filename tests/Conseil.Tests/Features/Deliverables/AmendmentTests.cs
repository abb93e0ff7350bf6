using System.Net;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Security;
using Conseil.Tests.Support;
using Conseil.Web.Features.Deliverables;
using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;
using Roles = Conseil.Web.Features.Accounts.Roles;

namespace Conseil.Tests.Features.Deliverables;

/// <summary>
/// A plain member of the group proposes an amendment with its justification; the co-lead accepts it (a new version
/// carries it), merges it, or rejects it with a reason; an amendment made stale by a later change is not accepted as it is.
/// </summary>
public sealed class AmendmentTests : AppTest
{
    private sealed record Seeded(int Dossier, int Deliverable, int Section, string CoLead, string Member);

    private async Task<Seeded> SeedAsync() => await QueryAsync(async db =>
    {
        var colead = CompositionBuilders.Person("Marie", "Rapporteure");
        var member = CompositionBuilders.Person("Jules", "Membre");
        db.People.AddRange(colead, member);
        var dossier = WorkingGroupBuilders.Dossier("Dossier amendé", DossierState.Drafting);
        await db.AddGroupAsync("Groupe amendé", dossier, colead, member);
        var deliverable = DeliverableBuilders.Draft(dossier);
        db.Add(deliverable);
        await db.SaveChangesAsync(Ct);
        return new Seeded(dossier.Id, deliverable.Id, deliverable.Sections[1].Id,
            await db.AddAccountAsync(colead, "marie.rapporteure@conseil.test"), await db.AddAccountAsync(member, "jules.membre@conseil.test"));
    });

    private static async Task<int> ProposeAsync(HttpClient client, Seeded s, string text)
    {
        var form = AmendmentPaths.ToSection(s.Dossier, s.Deliverable, s.Section);
        var response = await Forms.PostAsync(client, form, new Dictionary<string, string>
        {
            ["Input.ProposedText"] = text, ["Input.Justification"] = "Les auditions le montrent.",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private Task<Amendment> AmendmentAsync(int id) => QueryAsync(db => db.Set<Amendment>().SingleAsync(a => a.Id == id, Ct));

    private Task<string> SectionTextAsync(Seeded s) => QueryAsync(db => db.Set<DeliverableSection>().Where(x => x.Id == s.Section).Select(x => x.Text).SingleAsync(Ct));

    [Fact]
    public async Task A_member_proposes_and_the_co_lead_accepts_into_a_new_version()
    {
        var s = await SeedAsync();
        var member = Factory.CreateClientAs(Roles.Member, s.Member);
        var id = await ProposeAsync(member, s, "La crise a révélé le rôle essentiel du travail social.");
        var proposed = await AmendmentAsync(id);
        proposed.Status.ShouldBe(AmendmentStatus.Proposed);
        proposed.Target.ShouldBe("Chapitre « Constats »");
        (await member.GetStringAsync(AmendmentPaths.Amendment(s.Dossier, s.Deliverable, id), Ct)).ShouldNotContain("Accepter l&#x27;amendement");
        var refused = await Forms.PostAsync(member, AmendmentPaths.Amendment(s.Dossier, s.Deliverable, id), new Dictionary<string, string>(),
            AmendmentPaths.Amendment(s.Dossier, s.Deliverable, id) + "?handler=Accept");
        AuthorizationMatrixTests.Classify(refused).ShouldBe(Access.Denied);
        (await AmendmentAsync(id)).Status.ShouldBe(AmendmentStatus.Proposed);

        var colead = Factory.CreateClientAs(Roles.Member, s.CoLead);
        var page = AmendmentPaths.Amendment(s.Dossier, s.Deliverable, id);
        (await Forms.PostAsync(colead, page, new Dictionary<string, string>(), page + "?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var accepted = await AmendmentAsync(id);
        accepted.Status.ShouldBe(AmendmentStatus.Accepted);
        accepted.VersionNumber.ShouldBe(1);
        (await SectionTextAsync(s)).ShouldBe("La crise a révélé le rôle essentiel du travail social.");
        var again = await Forms.PostAsync(colead, page, new Dictionary<string, string> { ["Rejection.Reason"] = "Trop tard" }, page + "?handler=Reject");
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("L&#x27;amendement n° 1 est déjà accepté : sa décision ne change plus.");
        (await QueryAsync(db => db.Set<DeliverableVersion>().CountAsync(v => v.DeliverableId == s.Deliverable, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_amendment_is_merged_not_accepted_and_a_rejection_needs_its_reason()
    {
        var s = await SeedAsync();
        var member = Factory.CreateClientAs(Roles.Member, s.Member);
        var first = await ProposeAsync(member, s, "La crise a révélé le rôle essentiel du travail social.");
        var second = await ProposeAsync(member, s, "La crise a révélé le rôle du travail social et ses fragilités.");
        var colead = Factory.CreateClientAs(Roles.Member, s.CoLead);
        string Page(int id) => AmendmentPaths.Amendment(s.Dossier, s.Deliverable, id);
        (await Forms.PostAsync(colead, Page(first), new Dictionary<string, string>(), Page(first) + "?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await Forms.PostAsync(colead, Page(second), new Dictionary<string, string>(), Page(second) + "?handler=Accept");
        (await stale.Content.ReadAsStringAsync(Ct)).ShouldContain("Le texte visé a changé depuis que l&#x27;amendement a été proposé");
        var noReason = await Forms.PostAsync(colead, Page(second), new Dictionary<string, string>(), Page(second) + "?handler=Reject");
        (await noReason.Content.ReadAsStringAsync(Ct)).ShouldContain("Indiquez le motif du rejet");
        (await AmendmentAsync(second)).Status.ShouldBe(AmendmentStatus.Proposed);

        var merged = await Forms.PostAsync(colead, Page(second), new Dictionary<string, string>
        {
            ["Merge.Text"] = "La crise a révélé le rôle essentiel du travail social et ses fragilités.", ["Merge.Note"] = "Les deux reprises.",
        }, Page(second) + "?handler=Merge");
        merged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AmendmentAsync(second)).Status.ShouldBe(AmendmentStatus.Merged);
        (await AmendmentAsync(second)).VersionNumber.ShouldBe(2);
        (await SectionTextAsync(s)).ShouldBe("La crise a révélé le rôle essentiel du travail social et ses fragilités.");
        var list = await member.GetStringAsync(AmendmentPaths.List(s.Dossier, s.Deliverable), Ct);
        list.ShouldContain("Fusionné");
        list.ShouldContain("Accepté");
    }

    [Fact]
    public async Task An_amendment_that_changes_nothing_or_aims_at_another_deliverable_is_refused()
    {
        var s = await SeedAsync();
        var member = Factory.CreateClientAs(Roles.Member, s.Member);
        var same = await Forms.PostAsync(member, AmendmentPaths.ToSection(s.Dossier, s.Deliverable, s.Section), new Dictionary<string, string>
        {
            ["Input.ProposedText"] = "La crise a révélé le rôle du travail social.", ["Input.Justification"] = "Rien.",
        });
        (await same.Content.ReadAsStringAsync(Ct)).ShouldContain("Le texte proposé est identique au texte actuel");
        var covidSection = await QueryAsync(db => db.Set<DeliverableSection>().Where(x => x.DeliverableId != s.Deliverable).Select(x => x.Id).FirstAsync(Ct));
        (await member.GetAsync(AmendmentPaths.ToSection(s.Dossier, s.Deliverable, covidSection), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await QueryAsync(db => db.Set<Amendment>().CountAsync(a => a.DeliverableId == s.Deliverable, Ct))).ShouldBe(0);
    }
}
