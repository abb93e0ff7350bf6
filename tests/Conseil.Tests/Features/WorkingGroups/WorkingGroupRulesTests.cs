using Conseil.Tests.Features.Composition;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.WorkingGroups;

/// <summary>The secretariat's writes to a group: who may take which place, two co-leads and one rapporteur, closing once adopted.</summary>
public sealed class WorkingGroupRulesTests : AppTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(ConseilFactory.DefaultNow.UtcDateTime);

    private async Task<T> WithAsync<T>(Func<WorkingGroupService, AppDb, Task<T>> act)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<WorkingGroupService>(), scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    private Task<WriteResult<GroupMember>> AddAsync(int groupId, int personId, GroupRole role) =>
        WithAsync((groups, _) => groups.AddMemberAsync(groupId, new GroupMemberInput { PersonId = personId, Role = role, StartDate = Today }, Ct));

    [Fact]
    public async Task Co_leads_members_and_experts_are_checked_and_each_single_role_held_once()
    {
        var (groupId, member, agent, expert, other) = await QueryAsync(async db =>
        {
            var group = await db.AddGroupAsync("Groupe vide", WorkingGroupBuilders.Dossier());
            var (member, _) = await db.AddCouncilMemberAsync("Marie", "Membre", Today);
            var (other, _) = await db.AddCouncilMemberAsync("Omar", "Autre", Today);
            var agent = CompositionBuilders.Person("Agnès", "Agent-DGCS", "agnes.agent@exemple.test");
            var expert = CompositionBuilders.Person("Émile", "Expert");
            db.People.AddRange(agent, expert);
            await db.SaveChangesAsync(Ct);
            return (group.Id, member.Id, agent.Id, expert.Id, other.Id);
        });

        (await AddAsync(groupId, agent, GroupRole.CoLead)).Errors.Single().Message.ShouldStartWith("Le copilote membre du Haut Conseil doit détenir un mandat en cours.");
        (await AddAsync(groupId, agent, GroupRole.Member)).Status.ShouldBe(WriteStatus.Invalid);
        (await AddAsync(groupId, expert, GroupRole.Expert)).Errors.Single().Message.ShouldStartWith("Cette personne ne fait pas partie du panel d'experts");
        (await AddAsync(groupId, member, GroupRole.CoLead)).Succeeded.ShouldBeTrue();
        (await AddAsync(groupId, agent, GroupRole.AdministrationCoLead)).Succeeded.ShouldBeTrue();
        var second = await AddAsync(groupId, other, GroupRole.CoLead);
        second.Status.ShouldBe(WriteStatus.Conflict);
        second.Errors.Single().Message.ShouldBe("Le groupe a déjà son copilote (membre du haut conseil) : retirez-le d'abord pour le remplacer.");
        (await AddAsync(groupId, member, GroupRole.Rapporteur)).Errors.Single().Message.ShouldStartWith("Cette personne fait déjà partie du groupe.");

        await QueryAsync(async db =>
        {
            var panel = await db.Bodies.SingleAsync(b => b.Slug == GroupEligibility.ExpertPanelSlug, Ct);
            db.BodyMemberships.Add(new BodyMembership { BodyId = panel.Id, PersonId = expert, StartDate = Today.AddMonths(-1) });
            return await db.SaveChangesAsync(Ct);
        });
        (await AddAsync(groupId, expert, GroupRole.Expert)).Succeeded.ShouldBeTrue();

        // Each person added hears of it by e-mail: at their account's address, else their contact address; the expert has neither.
        var mails = await QueryAsync(db => db.OutboxMessages.Where(m => m.Subject == "Vous rejoignez le groupe de travail « Groupe vide »").Select(m => m.To).ToListAsync(Ct));
        mails.ShouldBe(["compte.marie.membre@exemple.test", "agnes.agent@exemple.test"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_dossiers_group_closes_once_the_dossier_is_adopted_then_its_composition_and_threads_are_frozen()
    {
        var (groupId, dossierId, person) = await QueryAsync(async db =>
        {
            var (lead, _) = await db.AddCouncilMemberAsync("Clara", "Clôture", Today);
            var group = await db.AddGroupAsync("Groupe à clore", WorkingGroupBuilders.Dossier("Dossier à adopter"), lead);
            return (group.Id, group.DossierId!.Value, lead.Id);
        });
        var refused = await WithAsync((groups, _) => groups.CloseAsync(groupId, new CloseInput { ClosedOn = Today }, Ct));
        refused.Status.ShouldBe(WriteStatus.Conflict);
        refused.Errors.Single().Message.ShouldBe("Le dossier est « en instruction » : le groupe se clôt une fois son livrable adopté.");

        await QueryAsync(async db =>
        {
            (await db.Dossiers.SingleAsync(d => d.Id == dossierId, Ct)).State = DossierState.Adopted;
            return await db.SaveChangesAsync(Ct);
        });
        (await WithAsync((groups, _) => groups.CloseAsync(groupId, new CloseInput { ClosedOn = Today.AddDays(1) }, Ct)))
            .Errors.Single().Message.ShouldBe("La date de clôture ne peut être dans le futur.");
        (await WithAsync((groups, _) => groups.CloseAsync(groupId, new CloseInput { ClosedOn = Today }, Ct))).Succeeded.ShouldBeTrue();

        (await AddAsync(groupId, person, GroupRole.Rapporteur)).Errors.Single().Message.ShouldBe("Le groupe de travail est clos : sa composition ne change plus.");
        await using var scope = Factory.Services.CreateAsyncScope();
        var thread = await scope.ServiceProvider.GetRequiredService<GroupThreads>()
            .StartAsync(groupId, person, new ThreadInput { Subject = "Trop tard", Text = "Bonjour" }, Ct);
        thread.Errors.Single().Message.ShouldBe(GroupThreads.Closed);
    }

    [Fact]
    public async Task A_group_belongs_to_a_dossier_or_an_axis_and_ends_after_it_starts()
    {
        var result = await WithAsync((groups, _) => groups.SaveAsync(null, new GroupInput
        {
            Name = "Sans rattachement", Mission = "Mission", StartDate = Today, EndDate = Today.AddDays(-1),
        }, Ct));
        result.Errors.Select(e => e.Message).ShouldBe(
            ["Rattachez le groupe à un dossier ou à un axe du programme de travail.", "La date de fin prévue doit suivre la date de début."]);
    }

    [Fact]
    public async Task The_demo_member_sees_their_group_and_an_open_call_on_the_workspace_home()
    {
        var member = await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.Id).SingleAsync(Ct));
        var home = await Factory.CreateClientAs(Conseil.Web.Features.Accounts.Roles.Member, member).GetStringAsync("/espace", Ct);

        home.ShouldContain("<h2>Vos groupes de travail</h2>");
        home.ShouldContain("<h2>Appels à candidatures</h2>");
        home.ShouldContain("Participation des personnes accompagnées");
        var secretariat = await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct));
        (await Factory.CreateClientAs(Conseil.Web.Features.Accounts.Roles.Secretariat, secretariat).GetStringAsync("/espace", Ct))
            .ShouldNotContain("<h2>Vos groupes de travail</h2>");
    }
}
