using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers;

/// <summary>
/// The referrals of the demo: the interministerial COVID referral of 5 October 2020 (seed 003: its three questions, its
/// method, the five points of its hearings; report of 25 January 2021, now followed up), the Livre vert mission letter
/// of 7 January 2022 (seed 004, handed over on World Social Work Day, 10 March 2022), and two dossiers under way whose
/// deadlines fall near today (one late, one due within the month), so the dashboard shows both. The ministries are
/// organisations of kind Ministry; the seed counts six ministers for the COVID referral without naming them: the six
/// portfolios below are the demo's (unconfirmed).
/// </summary>
public sealed class DossiersDemo : IFeatureDemoContent
{
    public const string CovidName = "Le travail social au défi de la crise sanitaire";
    public const string GreenPaperName = "Livre vert du travail social";
    public const string LateName = "Les ruptures de parcours des jeunes majeurs sortant de l'aide sociale à l'enfance";
    public const string SoonName = "Les outils numériques et l'intelligence artificielle dans l'accompagnement social";
    private const string Secretariat = "Secrétariat général du Haut Conseil";

    private static readonly (string Acronym, string Name)[] Ministries =
    [
        ("MSS", "Ministère des Solidarités et de la Santé"),
        ("MTEI", "Ministère du Travail, de l'Emploi et de l'Insertion"),
        ("MCTRCT", "Ministère de la Cohésion des territoires et des Relations avec les collectivités territoriales"),
        ("Logement", "Ministère délégué chargé du Logement"),
        ("Autonomie", "Ministère délégué chargé de l'Autonomie"),
        ("Enfance et Familles", "Secrétariat d'État chargé de l'Enfance et des Familles"),
    ];

    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        if (await db.Dossiers.AnyAsync(d => d.Name == CovidName, ct)) return;
        var today = FrenchDates.Today(services.GetRequiredService<TimeProvider>());
        var ministries = await MinistriesAsync(db, ct);
        var groups = await db.Bodies.Where(b => b.Slug == "groupes-de-travail").Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);
        var covidItem = await db.WorkItems.Include(i => i.Axis).ThenInclude(a => a.WorkProgramme)
            .SingleOrDefaultAsync(i => i.Name == ProgrammeDemo.CovidWorkItem && i.Axis.WorkProgramme.Name == ProgrammeDemo.Name, ct);

        var covid = new Dossier
        {
            Name = CovidName, Kind = ReferralKind.Interministerial, ReceivedOn = new(2020, 10, 5), Deadline = new(2021, 1, 25),
            BodyId = groups, AxisId = covidItem?.AxisId, State = DossierState.FollowUp,
            Summary = "Saisine interministérielle relative à l'impact de la crise sanitaire COVID-19 sur les organisations et les pratiques "
                + "professionnelles des travailleurs sociaux, adressée par six membres du Gouvernement.\n"
                + "Méthode : un groupe de travail restreint, piloté par Marie-Paule Cols ; des auditions ; des contributions des comités "
                + "locaux du travail social et du développement social ; des contributions volontaires (d'acteurs auditionnés notamment) ; "
                + "des sources documentaires.\n"
                + "Rapport du 25 janvier 2021 : 12 préconisations en cinq thèmes, de la place du travail social dans notre société à la "
                + "nécessité d'une approche interministérielle.",
            Ministries = [.. ministries.Select(m => new DossierMinistry { Organisation = m })],
            Questions = Questions(
                "Explorer les enseignements de la crise sur les organisations et les pratiques professionnelles des travailleurs sociaux.",
                "Recenser les initiatives et les expériences des territoires.",
                "Éclairer les questions éthiques et apporter une comparaison internationale."),
            Themes = Themes(
                "La gouvernance",
                "Les liens partenariaux et les dynamiques territoriales",
                "L'impact sur les publics",
                "L'impact sur les pratiques professionnelles et les initiatives",
                "Le ressenti et le vécu des professionnels"),
            Moves = Path(
                (DossierState.Received, new(2020, 10, 5), "Lettre de saisine de six membres du Gouvernement."),
                (DossierState.Accepted, new(2020, 10, 12), "Saisine acceptée : un groupe de travail restreint est constitué."),
                (DossierState.UnderExamination, new(2020, 10, 19), "Premières auditions, sur cinq points."),
                (DossierState.Drafting, new(2020, 12, 14), "Rédaction du rapport et de ses préconisations."),
                (DossierState.Adopted, new(2021, 1, 25), "Rapport adopté : 12 préconisations en cinq thèmes."),
                (DossierState.HandedOver, new(2021, 1, 25), "Rapport remis aux ministres."),
                (DossierState.Published, new(2021, 1, 25), "« Le travail social au défi de la crise sanitaire » publié."),
                (DossierState.FollowUp, new(2021, 2, 1), "Suivi des préconisations par la commission permanente.")),
        };
        var greenPaper = new Dossier
        {
            Name = GreenPaperName, Kind = ReferralKind.MissionLetter, ReceivedOn = new(2022, 1, 7), Deadline = new(2022, 3, 10),
            BodyId = groups, State = DossierState.Published,
            Summary = "Lettre de mission d'Olivier Véran, ministre des Solidarités et de la Santé : contribuer au diagnostic préalable d'un "
                + "futur plan des métiers du travail social. Le Livre vert lui est remis lors de la Journée mondiale du travail social.",
            Ministries = [new DossierMinistry { Organisation = ministries[0] }],
            Questions = Questions(
                "Mettre en lumière les enjeux du travail social dans le débat démocratique qui s'ouvre dans la perspective des élections présidentielles.",
                "Œuvrer à la revalorisation des métiers des 1,2 million de travailleurs sociaux de France, eux aussi fortement touchés par la crise sanitaire.",
                "S'attaquer aux difficultés de recrutement du secteur social et médico-social, dans un contexte de demande sociale croissante."),
            Moves = Path(
                (DossierState.Received, new(2022, 1, 7), "Lettre de mission du ministre des Solidarités et de la Santé."),
                (DossierState.Accepted, new(2022, 1, 7), ""),
                (DossierState.UnderExamination, new(2022, 1, 10), "Groupes de travail et contributions des membres."),
                (DossierState.Drafting, new(2022, 2, 7), ""),
                (DossierState.Adopted, new(2022, 3, 3), "Adopté par l'assemblée plénière."),
                (DossierState.HandedOver, new(2022, 3, 10), "Remis au ministre lors de la Journée mondiale du travail social."),
                (DossierState.Published, new(2022, 3, 10), "")),
        };
        var late = new Dossier
        {
            Name = LateName, Kind = ReferralKind.Interministerial, ReceivedOn = today.AddDays(-200), Deadline = today.AddDays(-12),
            BodyId = groups, State = DossierState.UnderExamination,
            Summary = "Comment les professionnels de l'aide sociale à l'enfance, de l'insertion et du logement peuvent-ils prévenir les "
                + "ruptures de parcours à la majorité ? Auditions en cours auprès des départements et des associations.",
            Ministries = [new DossierMinistry { Organisation = ministries[5] }, new DossierMinistry { Organisation = ministries[1] }],
            Questions = Questions(
                "Quelles pratiques professionnelles préviennent les sorties sans solution à la majorité ?",
                "Quelles coopérations entre départements, missions locales et bailleurs faut-il développer ?"),
            Themes = Themes("Les pratiques d'accompagnement vers l'autonomie", "Les coopérations territoriales"),
            Moves = Path(
                (DossierState.Received, today.AddDays(-200), "Lettre de saisine conjointe."),
                (DossierState.Accepted, today.AddDays(-190), ""),
                (DossierState.UnderExamination, today.AddDays(-170), "Le calendrier des auditions a pris du retard.")),
        };
        var soon = new Dossier
        {
            Name = SoonName, Kind = ReferralKind.Ministerial, ReceivedOn = today.AddDays(-150), Deadline = today.AddDays(18),
            BodyId = groups, State = DossierState.Drafting,
            Summary = "Quels usages des outils numériques et de l'intelligence artificielle servent l'accompagnement, dans le respect de la "
                + "relation entre le professionnel et la personne accompagnée ?",
            Ministries = [new DossierMinistry { Organisation = ministries[0] }],
            Questions = Questions(
                "Quels usages des outils numériques et de l'intelligence artificielle se développent dans l'accompagnement social ?",
                "Quelles garanties éthiques et déontologiques leur appliquer ?"),
            Moves = Path(
                (DossierState.Received, today.AddDays(-150), ""),
                (DossierState.Accepted, today.AddDays(-140), ""),
                (DossierState.UnderExamination, today.AddDays(-120), ""),
                (DossierState.Drafting, today.AddDays(-25), "Premier projet de rapport soumis au groupe.")),
        };
        db.Dossiers.AddRange(covid, greenPaper, late, soon);
        if (covidItem is not null) covidItem.Dossier = covid;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The six ministries, created unless an organisation already has their acronym.</summary>
    private static async Task<List<Organisation>> MinistriesAsync(AppDb db, CancellationToken ct)
    {
        var acronyms = Ministries.Select(m => m.Acronym).ToList();
        var existing = await db.Organisations.Where(o => acronyms.Contains(o.Acronym)).ToListAsync(ct);
        return
        [
            .. Ministries.Select(m => existing.SingleOrDefault(o => o.Acronym == m.Acronym)
                ?? db.Organisations.Add(new Organisation { Acronym = m.Acronym, Name = m.Name, Kind = OrganisationKind.Ministry, Article = Article.Le }).Entity),
        ];
    }

    private static List<DossierQuestion> Questions(params string[] texts) =>
        [.. texts.Select((text, i) => new DossierQuestion { Number = i + 1, Text = text })];

    private static List<DossierTheme> Themes(params string[] names) =>
        [.. names.Select((name, i) => new DossierTheme { Number = i + 1, Name = name })];

    private static List<DossierMove> Path(params (DossierState To, DateOnly On, string Comment)[] moves) =>
        [.. moves.Select((m, i) => new DossierMove
        {
            From = i == 0 ? null : moves[i - 1].To, To = m.To, On = m.On, ByName = Secretariat, Comment = m.Comment,
            At = m.On.ToDateTime(new TimeOnly(9, 0 + i), DateTimeKind.Utc),
        })];
}
