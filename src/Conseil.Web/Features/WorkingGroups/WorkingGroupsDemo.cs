using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>
/// Demo working groups: the COVID group of the 2020 interministerial referral (seed 003: a restricted group, hearings on
/// five points, contributions of the local committees; report of 25 January 2021), closed; a current group on a current
/// dossier (or an axis) which the demo member belongs to; a group being formed with an open call for candidates and two
/// candidacies; threads with a few posts; three experts of the panel and two DGCS agents. People are fictitious.
/// </summary>
public sealed class WorkingGroupsDemo : IFeatureDemoContent
{
    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        if (await db.WorkingGroups.AnyAsync(ct)) return;
        var today = FrenchDates.Today(services.GetRequiredService<TimeProvider>());
        var demoMember = await db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.PersonId).SingleOrDefaultAsync(ct);
        var pool = await db.Mandates.Where(GroupEligibility.CurrentOn(today)).Where(m => m.Person.IsDemo && m.Role == MandateRole.FullMember && m.PersonId != demoMember)
            .Select(m => m.PersonId).Distinct().OrderBy(id => id).ToListAsync(ct);
        if (pool.Count < 12) return; // no demo composition to draw from
        int Pick(int i) => pool[i * 3 % pool.Count];

        var panel = await db.Bodies.SingleAsync(b => b.Slug == GroupEligibility.ExpertPanelSlug, ct);
        var researcher = DemoPerson("Lucie", "Aubert", Gender.Female);
        var cnle = DemoPerson("Bertrand", "Vasseur", Gender.Male);
        var health = DemoPerson("Élise", "Carpentier", Gender.Female);
        foreach (var expert in new[] { researcher, cnle, health })
            db.BodyMemberships.Add(new BodyMembership { Body = panel, Person = expert, StartDate = new DateOnly(2020, 9, 1) });
        var agent2020 = DemoPerson("Nathalie", "Ferrand", Gender.Female);
        var agent = DemoPerson("Grégoire", "Lambert", Gender.Male);
        db.People.AddRange(researcher, cnle, health, agent2020, agent);
        await db.SaveChangesAsync(ct);

        var dossiers = await db.Dossiers.AsNoTracking().Select(d => new { d.Id, d.Name, d.State, d.ReceivedOn }).ToListAsync(ct);
        var covid = dossiers.FirstOrDefault(d => d.Name.Contains("COVID", StringComparison.OrdinalIgnoreCase)
            || d.Name.Contains("crise sanitaire", StringComparison.OrdinalIgnoreCase));
        var current = dossiers.Where(d => d != covid && DossierStates.IsOpen(d.State)).OrderByDescending(d => d.ReceivedOn).FirstOrDefault();
        var axis = await db.Axes.OrderByDescending(a => a.WorkProgramme.StartDate).ThenBy(a => a.Number)
            .Select(a => new { a.Id, a.Name }).FirstOrDefaultAsync(ct);

        // 1. The COVID group, closed with its report.
        var covidGroup = new WorkingGroup
        {
            Name = "Le travail social au défi de la crise sanitaire",
            Mission = "Répondre à la saisine interministérielle du 5 octobre 2020 sur l'impact de la crise sanitaire COVID-19 sur les organisations "
                + "et les pratiques professionnelles des travailleurs sociaux : en explorer les enseignements, recenser les initiatives et expériences "
                + "des territoires, traiter les questions éthiques et la comparaison internationale.\n"
                + "Méthode : un groupe de travail restreint, des auditions sur cinq points (la gouvernance ; les liens partenariaux et les dynamiques "
                + "territoriales ; l'impact sur les publics ; l'impact sur les pratiques professionnelles et les initiatives ; le ressenti et le vécu "
                + "des professionnels), les contributions des comités locaux du travail social et du développement social, des contributions volontaires "
                + "et des sources documentaires.",
            DossierId = covid?.Id, StartDate = new DateOnly(2020, 10, 12), EndDate = new DateOnly(2021, 1, 25), ClosedOn = new DateOnly(2021, 1, 25),
            Members =
            [
                Member(Pick(0), GroupRole.CoLead, new DateOnly(2020, 10, 12)),
                Member(agent2020.Id, GroupRole.AdministrationCoLead, new DateOnly(2020, 10, 12)),
                Member(Pick(1), GroupRole.Rapporteur, new DateOnly(2020, 10, 12)),
                Member(Pick(2), GroupRole.Member, new DateOnly(2020, 10, 23)),
                Member(Pick(3), GroupRole.Member, new DateOnly(2020, 10, 23)),
                Member(researcher.Id, GroupRole.Expert, new DateOnly(2020, 10, 12)),
            ],
        };
        db.WorkingGroups.Add(covidGroup);
        await db.SaveChangesAsync(ct);
        db.CallsForCandidates.Add(new CallForCandidates
        {
            WorkingGroupId = covidGroup.Id, OpensOn = new DateOnly(2020, 10, 12), ClosesOn = new DateOnly(2020, 10, 19), DecidedOn = new DateOnly(2020, 10, 23),
            Description = "Le groupe restreint qui instruit la saisine sur la crise sanitaire accueille deux membres du Haut Conseil. "
                + "Il se réunit chaque semaine jusqu'à la remise du rapport, fin janvier 2021, et conduit les auditions.",
            Candidacies =
            [
                Candidacy(Pick(2), "Je coordonne un service social départemental : j'ai vu de près la réorganisation de l'accueil pendant le confinement.", At(2020, 10, 13), CandidacyDecision.Selected),
                Candidacy(Pick(3), "Je forme des travailleurs sociaux : je peux apporter les retours des étudiants en stage pendant la crise.", At(2020, 10, 14), CandidacyDecision.Selected),
                Candidacy(Pick(4), "Je souhaite partager l'expérience des maraudes menées avec des collectifs citoyens.", At(2020, 10, 16), CandidacyDecision.NotSelected),
            ],
        });
        db.GroupThreads.Add(Thread(covidGroup.Id, "Plan du rapport", At(2021, 1, 4),
            (Pick(1), "Voici une proposition de plan en deux parties : une approche transversale, puis une approche par politique publique. Vos remarques avant vendredi ?"),
            (Pick(0), "Le plan me convient. Ajoutons une partie sur les préconisations, regroupées par thème : gouvernance, pratiques professionnelles, formation."),
            (agent2020.Id, "La DGCS transmettra d'ici lundi la synthèse des remontées des comités locaux.")));

        // 2. A current group, which the demo member belongs to.
        var ongoing = new WorkingGroup
        {
            Name = current is not null ? current.Name : axis is not null ? axis.Name : "Les pratiques réflexives",
            Mission = "Instruire le dossier, conduire les auditions et préparer le projet de rapport soumis à la commission permanente puis à l'assemblée plénière.",
            DossierId = current?.Id, AxisId = current is null ? axis?.Id : null,
            StartDate = today.AddMonths(-2), EndDate = today.AddMonths(6),
            Members =
            [
                Member(Pick(5), GroupRole.CoLead, today.AddMonths(-2)),
                Member(agent.Id, GroupRole.AdministrationCoLead, today.AddMonths(-2)),
                Member(Pick(6), GroupRole.Rapporteur, today.AddMonths(-2)),
                Member(cnle.Id, GroupRole.Expert, today.AddMonths(-2)),
                .. demoMember is { } member ? [Member(member, GroupRole.Member, today.AddMonths(-1))] : Array.Empty<GroupMember>(),
            ],
        };
        db.WorkingGroups.Add(ongoing);
        await db.SaveChangesAsync(ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.GroupThreads.Add(Thread(ongoing.Id, "Calendrier des auditions", now.AddDays(-10),
            (Pick(5), "Je propose de consacrer les deux prochaines réunions aux auditions des fédérations et des comités locaux."),
            (agent.Id, "La DGCS peut accueillir les auditions dans ses locaux ; je réserve les salles dès que les dates sont arrêtées."),
            (demoMember ?? Pick(6), "Pourrions-nous prévoir une audition de personnes accompagnées ? Leur regard manque souvent à nos travaux.")));

        // 3. A group being formed: its call is open to every council member.
        var forming = new WorkingGroup
        {
            Name = "Participation des personnes accompagnées",
            Mission = "Faire le point sur la participation des personnes accompagnées aux instances et aux formations du travail social, "
                + "et proposer des repères pour la développer.",
            DossierId = axis is null ? current?.Id : null, AxisId = axis?.Id,
            StartDate = today, EndDate = today.AddMonths(9),
            Members =
            [
                Member(Pick(7), GroupRole.CoLead, today),
                Member(agent.Id, GroupRole.AdministrationCoLead, today),
                Member(health.Id, GroupRole.Expert, today),
            ],
        };
        db.WorkingGroups.Add(forming);
        await db.SaveChangesAsync(ct);
        db.CallsForCandidates.Add(new CallForCandidates
        {
            WorkingGroupId = forming.Id, OpensOn = today.AddDays(-7), ClosesOn = today.AddDays(14),
            Description = "Le groupe recherche six membres du Haut Conseil, de collèges différents, prêts à participer à une réunion mensuelle "
                + "pendant neuf mois. L'expérience de démarches participatives, comme professionnel ou comme personne accompagnée, est bienvenue.",
            Candidacies =
            [
                Candidacy(Pick(8), "J'anime le conseil de la vie sociale d'un établissement : je peux témoigner de ce qui fonctionne et de ce qui bloque.", now.AddDays(-5), CandidacyDecision.Pending),
                Candidacy(Pick(9), "Je représente les personnes accompagnées au sein de mon collège et souhaite contribuer à ces repères.", now.AddDays(-2), CandidacyDecision.Pending),
            ],
        });
        await db.SaveChangesAsync(ct);
    }

    private static Person DemoPerson(string given, string family, Gender gender) => new()
    {
        GivenName = given, FamilyName = family, Gender = gender, IsDemo = true,
        Email = $"{given.ToLowerInvariant().Replace('é', 'e')}.{family.ToLowerInvariant()}@demo.conseil.test",
    };

    private static GroupMember Member(int personId, GroupRole role, DateOnly start) => new() { PersonId = personId, Role = role, StartDate = start };

    private static Candidacy Candidacy(int personId, string motivation, DateTime at, CandidacyDecision decision) =>
        new() { PersonId = personId, Motivation = motivation, SubmittedAt = at, Decision = decision };

    private static DateTime At(int year, int month, int day) => new(year, month, day, 9, 30, 0, DateTimeKind.Utc);

    private static GroupThread Thread(int groupId, string subject, DateTime start, params (int PersonId, string Text)[] posts) => new()
    {
        WorkingGroupId = groupId, Subject = subject, CreatedAt = start,
        Posts = [.. posts.Select((p, i) => new GroupPost { PersonId = p.PersonId, Text = p.Text, At = start.AddHours(26 * i) })],
    };
}
