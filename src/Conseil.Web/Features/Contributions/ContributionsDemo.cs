using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.PersonalData.Detection;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Contributions;

/// <summary>
/// The contributions of the demo. To the COVID dossier (seed 003: « des contributions des comités locaux du travail social
/// et du développement social », « des contributions volontaires »), five accepted in November and December 2020 from
/// local committees and member organisations, on the report's themes (the food crisis, isolation, closed establishments,
/// going out to people, the social reserve), their contributors' names long cleared by the retention rule; and one received
/// this week on the follow-up of its recommendations, held for the telephone number it carries (a fictitious one, of the
/// range ARCEP reserves for fiction). A call for contributions is open on the dossier of young adults leaving child
/// welfare, with one contribution waiting for moderation. The texts are the demo's, written from the seed's findings.
/// </summary>
public sealed class ContributionsDemo : IFeatureDemoContent
{
    public const string HeldTitle = "Suivi de la préconisation n° 6 : les maraudes sociales dans les Hautes-Pyrénées";

    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        if (await db.Contributions.AnyAsync(c => c.Title == HeldTitle, ct)) return;
        var covid = await db.Dossiers.Where(d => d.Name == DossiersDemo.CovidName).Select(d => new { d.Id, d.AxisId }).SingleOrDefaultAsync(ct);
        if (covid is null) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var committees = await db.LocalCommittees.Select(c => new { c.TerritoryCode, c.Name }).ToDictionaryAsync(c => c.TerritoryCode, c => c.Name, ct);
        var organisations = await db.Organisations.Select(o => new { o.Acronym, o.Name }).ToDictionaryAsync(o => o.Acronym, o => o.Name, ct);
        string Committee(string code) => committees.GetValueOrDefault(code, $"Comité local du travail social ({code})");
        string Organisation(string acronym) => organisations.GetValueOrDefault(acronym, acronym);

        Contribution Accepted(string title, ContributorKind kind, string organisation, DateTime at, string text, params PolicyArea[] areas) => new()
        {
            DossierId = covid.Id, AxisId = covid.AxisId, ContributorKind = kind, OrganisationName = organisation, Title = title,
            // Received in 2020: the retention rule has long cleared the contributor's name and address.
            AuthorName = "", SharedText = text, Status = ContributionStatus.Accepted, ReceivedAt = at, DecidedAt = at.AddDays(3),
            Receipt = Receipts.New(), Consented = true, PolicyAreas = PolicyAreas.Format(areas),
        };

        db.Contributions.AddRange(
            Accepted("Retour d'expériences et enquête auprès des travailleurs sociaux des Hautes-Pyrénées", ContributorKind.LocalCommittee,
                Committee("65"), new(2020, 11, 9, 10, 0, 0, DateTimeKind.Utc),
                "Le comité local a interrogé les travailleurs sociaux du département pendant le second confinement.\n"
                + "Ils décrivent une plasticité des organisations malgré un manque de coordination : permanences maintenues par roulement, "
                + "accueils sur rendez-vous, entretiens par téléphone pour les situations connues.\n"
                + "Ils disent aussi la fatigue, entre confusion et sentiment d'utilité, et le besoin de temps d'échange entre pairs.",
                PolicyArea.Solidarities, PolicyArea.LocalAction),
            Accepted("L'urgence alimentaire et les nouveaux liens partenariaux en Loire-Atlantique", ContributorKind.LocalCommittee,
                Committee("44"), new(2020, 11, 16, 14, 30, 0, DateTimeKind.Utc),
                "Avec ses partenaires, le comité local a vu émerger des coopérations sur des sujets prioritaires : distributions alimentaires, "
                + "maraudes, appels aux personnes isolées.\n"
                + "Des collectifs citoyens se sont mobilisés aux côtés des travailleurs sociaux ; ces nouveaux partenariats méritent d'être "
                + "pérennisés au-delà de la crise.",
                PolicyArea.Solidarities, PolicyArea.EmergencyAccommodation, PolicyArea.LocalAction),
            Accepted("Les centres communaux d'action sociale face à l'isolement des personnes âgées", ContributorKind.MemberOrganisation,
                Organisation("Unccas"), new(2020, 11, 23, 9, 15, 0, DateTimeKind.Utc),
                "Les CCAS ont tenu les registres des personnes vulnérables et multiplié les appels de convivialité.\n"
                + "L'isolement et la santé psychique des personnes âgées vivant seules sont la première inquiétude remontée par les équipes ; "
                + "le portage de repas a souvent été le seul lien maintenu.",
                PolicyArea.AutonomyAndOldAge, PolicyArea.Solidarities),
            Accepted("L'hébergement d'urgence pendant le confinement", ContributorKind.MemberOrganisation,
                Organisation("FAS"), new(2020, 12, 1, 16, 0, 0, DateTimeKind.Utc),
                "Les structures d'hébergement ont dû réorganiser l'accompagnement dans des lieux pensés pour l'accueil collectif.\n"
                + "Le temps suspendu des établissements fermés a laissé des personnes sans repères ; l'aller-vers a permis de garder le contact "
                + "avec celles qui vivaient à la rue.",
                PolicyArea.EmergencyAccommodation),
            Accepted("Garder le lien avec les familles quand l'école ferme", ContributorKind.MemberOrganisation,
                Organisation("ANAS"), new(2020, 12, 7, 11, 0, 0, DateTimeKind.Utc),
                "Les assistants de service social témoignent des ruptures de scolarité et de la difficulté des familles sans équipement "
                + "numérique à suivre l'école à distance.\n"
                + "Ils rappellent les principes fondamentaux de l'accompagnement : écoute, non-jugement, confidentialité, y compris au téléphone.",
                PolicyArea.ChildrenAndFamily));

        // Held: a coordinator's (fictitious) mobile number in the text. The secretariat redacts it before the group reads it.
        var heldText = "Un an après le rapport, le comité local a fait le point sur la préconisation n° 6 (développer des pratiques d'aller-vers).\n"
            + "Les maraudes sociales lancées pendant le premier confinement continuent deux soirs par semaine, avec le centre communal "
            + "d'action sociale et deux associations.\n"
            + "Pour organiser une visite des maraudes, joindre la coordinatrice au 06 39 98 12 34.";
        db.Contributions.Add(new Contribution
        {
            DossierId = covid.Id, AxisId = covid.AxisId, ContributorKind = ContributorKind.LocalCommittee, OrganisationName = Committee("65"),
            AuthorName = "Coordination du comité local", Title = HeldTitle, OriginalText = heldText, Status = ContributionStatus.Held,
            Findings = ContributionScreening.Summary(PersonalDataDetector.Find(heldText)), ReceivedAt = now.AddDays(-3),
            Receipt = Receipts.New(), Consented = true,
        });

        if (await db.Dossiers.Where(d => d.Name == DossiersDemo.LateName).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct) is { } late)
        {
            db.ContributionCalls.Add(new ContributionCall
            {
                DossierId = late, OpensOn = FrenchDates.Today(clock).AddDays(-30),
                Invitation = "Le Haut Conseil recueille les expériences des comités locaux et des organisations qui accompagnent les jeunes "
                    + "à leur sortie de l'aide sociale à l'enfance : ce qui prévient les ruptures à la majorité, les coopérations qui fonctionnent.",
            });
            db.Contributions.Add(new Contribution
            {
                DossierId = late, ContributorKind = ContributorKind.LocalCommittee, OrganisationName = Committee("44"),
                AuthorName = "Secrétariat du comité local", Title = "Les contrats jeunes majeurs vus par les partenaires du comité local",
                SharedText = "Les partenaires du comité local constatent que les sorties sans solution se jouent souvent dans les six mois "
                    + "qui précèdent la majorité.\nIls proposent un rendez-vous commun entre le service de l'aide sociale à l'enfance, la "
                    + "mission locale et un bailleur social dès les 17 ans du jeune.",
                Status = ContributionStatus.Received, ReceivedAt = now.AddDays(-1), Receipt = Receipts.New(), Consented = true,
                PolicyAreas = PolicyAreas.Format([PolicyArea.ChildrenAndFamily]),
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
