using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables;

/// <summary>
/// The COVID report of 25 January 2021 (seed 003): its editorial (seed 000), introduction, Part I and Part II by public
/// policy, the impacts on the public, and its 12 recommendations in five themes, titles as published. Addressees, priorities,
/// the recommendations' texts and the two versions are demo data. Beside it, the start of the Livre vert (10 March 2022).
/// Loaded after the hearings' demo, once.
/// </summary>
public sealed class DeliverablesDemo : IFeatureDemoContent
{
    private sealed record Planned(int Theme, string Title, RecommendationPriority Priority, string[] Addressees, int[] Hearings, string Text);

    private static readonly (SectionLevel Level, string Title, string Text)[] CovidSections =
    [
        (SectionLevel.Part, "Éditorial",
            "Les travailleurs sociaux sont la clé de voûte de l'ensemble des politiques de solidarité indispensables pour assurer la cohésion sociale. "
            + "C'est encore plus vrai aujourd'hui alors que nous connaissons un soubresaut violent de notre histoire, en raison de la crise sanitaire mondiale que nous traversons.\n\n"
            + "Ce rapport vient précisément répondre à une saisine interministérielle relative à l'impact de la crise sanitaire sur les organisations et les pratiques "
            + "professionnelles dans le champ du travail social."),
        (SectionLevel.Part, "Introduction : la saisine et la méthode",
            "La lettre de saisine demande :\n\n- d'explorer les enseignements de la crise sur les organisations et les pratiques professionnelles des travailleurs sociaux ;\n"
            + "- de recenser les initiatives et les expériences des territoires ;\n- d'éclairer les questions éthiques et la comparaison internationale.\n\n"
            + "La méthode : un groupe de travail restreint, des **auditions** portant sur cinq points (la gouvernance ; les liens partenariaux et les dynamiques territoriales ; "
            + "l'impact sur les publics ; l'impact sur les pratiques professionnelles et les initiatives ; le ressenti et le vécu des professionnels), "
            + "des contributions des comités locaux du travail social et du développement social, des contributions volontaires et des sources documentaires."),
        (SectionLevel.Part, "Partie I : une approche transversale", ""),
        (SectionLevel.Chapter, "Entre crise sanitaire et crise sociale… une gouvernance à repenser",
            "## Pilotage et gouvernance\n\n- Une approche « hospitalo-centrée ».\n- Un effet de loupe sur les fonctionnements antérieurs ; une hétérogénéité territoriale.\n"
            + "- Des pratiques participatives en souffrance.\n- Le travail social : un impensé de la crise.\n\n## Au niveau territorial\n\n"
            + "Plasticité et adaptation des organisations, malgré un manque de coordination ; émergence de nouveaux liens partenariaux et de coopération sur des sujets "
            + "prioritaires (urgence alimentaire, maraudes) ; solidarités interinstitutionnelles."),
        (SectionLevel.Chapter, "Le travail social au cœur de la crise",
            "## Des questions éthiques\n\nL'éthique de responsabilité ; réaffirmer les principes fondamentaux : écoute, non-jugement, confidentialité.\n\n"
            + "## Vécu et ressenti des professionnels\n\nDes émotions, entre confusion et sentiment d'utilité ; des pratiques réflexives au cœur de l'action ; "
            + "une reconnaissance et une valorisation attendues."),
        (SectionLevel.Chapter, "Conclusion", "La crise a révélé la place essentielle du travail social, et la nécessité de le reconnaître comme tel."),
        (SectionLevel.Part, "Partie II : une approche par politique publique",
            "Les solidarités ; enfance et famille ; hébergement d'urgence ; autonomie et grand âge ; handicap ; action de proximité et travail dans les quartiers."),
        (SectionLevel.Chapter, "Impact sur les publics",
            "- Une crise alimentaire.\n- Les ruptures de scolarité.\n- L'isolement et la santé psychique.\n- Le temps suspendu des établissements fermés."),
    ];

    private static readonly string[] Themes =
    [
        "Sur la place du travail social dans notre société",
        "Sur la gouvernance",
        "Sur les pratiques professionnelles",
        "Sur la formation",
        "Sur la nécessité d'une approche globale et transversale du travail social",
    ];

    private static readonly Planned[] Recommendations =
    [
        new(0, "Reconnaître le travail social comme un pilier de l'État social", RecommendationPriority.High, ["MSS"], [0, 5],
            "Affirmer, dans les plans de gestion de crise comme dans les politiques ordinaires, que le travail social est une fonction essentielle de la Nation."),
        new(1, "Anticipation de l'impact social des crises", RecommendationPriority.High, ["MSS", "MCTRCT"], [0],
            "Intégrer un volet social à chaque plan de continuité et associer les travailleurs sociaux aux cellules de crise dès leur création."),
        new(1, "Prise en compte de la dimension genrée", RecommendationPriority.Medium, ["MSS"], [],
            "Mesurer l'effet des crises sur les femmes, majoritaires parmi les professionnels comme parmi les personnes accompagnées."),
        new(1, "Articulation national et local", RecommendationPriority.High, ["MCTRCT", "ADF"], [1],
            "Organiser une cellule de coordination réunissant l'État et les collectivités dès le déclenchement d'une crise."),
        new(1, "Pérenniser le principe d'une réserve civique", RecommendationPriority.Medium, ["MCTRCT"], [7],
            "Mieux intégrer les démarches de volontariat et la réserve civique aux côtés des travailleurs sociaux."),
        new(2, "Développer des pratiques d'aller-vers", RecommendationPriority.High, ["ADF", "Unccas"], [2],
            "Soutenir les maraudes, les permanences hors les murs et les visites à domicile qui ont permis de garder le lien."),
        new(2, "Reconnaître les capacités d'initiative des travailleurs sociaux", RecommendationPriority.Medium, ["ADF", "Uniopss"], [4],
            "Donner aux équipes les marges de manœuvre qu'elles ont su prendre pendant la crise."),
        new(2, "Recentrer sur le cœur de métier, l'accompagnement individuel et collectif", RecommendationPriority.Medium, ["ADF", "Unccas"], [],
            "Alléger les tâches administratives au profit de l'accompagnement."),
        new(2, "Favoriser l'usage des outils numériques", RecommendationPriority.Medium, ["MSS", "ADF"], [5],
            "Équiper les professionnels et les former aux outils numériques, sans renoncer à l'accueil physique."),
        new(3, "Organiser des formations croisées interinstitutionnelles", RecommendationPriority.Medium, ["Unaforis", "DGCS"], [6],
            "Former ensemble les professionnels des institutions appelées à coopérer en temps de crise."),
        new(3, "Soutenir la fonction des managers de proximité", RecommendationPriority.Low, ["ADF", "Nexem"], [],
            "Reconnaître et outiller l'encadrement de proximité, pivot de l'adaptation des organisations."),
        new(4, "Nécessité d'une approche interministérielle, lutter contre le morcellement", RecommendationPriority.High,
            ["MSS", "MTEI", "MCTRCT", "Logement", "Autonomie"], [],
            "Porter une approche interministérielle du travail social et lutter contre le morcellement des politiques publiques."),
    ];

    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        if (await db.Deliverables.AnyAsync(ct)) return;
        var covid = await db.Dossiers.Where(d => d.Name == DossiersDemo.CovidName).SingleOrDefaultAsync(ct);
        if (covid is null) return;
        var plenary = await db.Bodies.Where(b => b.Slug == ReferenceBodies.PlenarySlug).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);
        var organisations = await OrganisationsAsync(db, ct);
        var hearings = await db.Hearings.Where(h => h.DossierId == covid.Id).OrderBy(h => h.At).Select(h => h.Id).ToListAsync(ct);
        var clock = services.GetRequiredService<TimeProvider>();

        var report = new Deliverable
        {
            DossierId = covid.Id, BodyId = plenary ?? covid.BodyId, Kind = DeliverableKind.Report, Title = DossiersDemo.CovidName,
            Summary = "Saisine interministérielle relative à l'impact de la crise sanitaire COVID-19 sur les organisations et les pratiques professionnelles des travailleurs sociaux.",
            CreatedAt = new DateTime(2020, 12, 1, 9, 0, 0, DateTimeKind.Utc),
            Sections = [.. CovidSections.Select((s, i) => new DeliverableSection { Level = s.Level, Title = s.Title, Text = s.Text, Position = i + 1 })],
            Themes = [.. Themes.Select((t, i) => new RecommendationTheme { Title = t, Position = i + 1 })],
        };
        foreach (var (r, i) in Recommendations.Select((r, i) => (r, i)))
        {
            report.Recommendations.Add(new Recommendation
            {
                Theme = report.Themes[r.Theme], Position = i + 1, Title = r.Title, Text = r.Text, Priority = r.Priority,
                Addressees = [.. r.Addressees.Where(organisations.ContainsKey).Select(a => new RecommendationAddressee { Organisation = organisations[a] })],
                Evidence = [.. r.Hearings.Where(h => h < hearings.Count).Select(h => new RecommendationEvidence { HearingId = hearings[h] })],
            });
        }
        db.Deliverables.Add(report);
        await db.SaveChangesAsync(ct);
        Numbering.Renumber(report.Themes, report.Recommendations);
        await db.SaveChangesAsync(ct);

        Keep(db, report, 1, new DateTime(2021, 1, 8, 17, 0, 0, DateTimeKind.Utc), "Projet présenté au groupe de travail");
        report.Recommendations.Single(r => r.Number == 9).Text =
            "Équiper les professionnels et les former aux outils numériques, sans renoncer à l'accueil physique des personnes qui en sont éloignées.";
        report.Sections.Single(s => s.Title == "Conclusion").Text =
            "La crise a révélé la place essentielle du travail social, et la nécessité de le reconnaître pleinement comme tel dans les politiques publiques.";
        Keep(db, report, 2, new DateTime(2021, 1, 15, 17, 0, 0, DateTimeKind.Utc), "Après la relecture du groupe de travail");
        await db.SaveChangesAsync(ct);
        await AmendmentsAsync(db, report, ct);

        await GreenPaperAsync(db, clock, ct);
    }

    /// <summary>The Livre vert, begun: two chapters in draft, no recommendation yet.</summary>
    private static async Task GreenPaperAsync(AppDb db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Dossiers.Where(d => d.Name == DossiersDemo.GreenPaperName).SingleOrDefaultAsync(ct) is not { } dossier) return;
        db.Deliverables.Add(new Deliverable
        {
            DossierId = dossier.Id, BodyId = dossier.BodyId, Kind = DeliverableKind.GreenPaper, Title = DossiersDemo.GreenPaperName,
            Summary = "Remis le 10 mars 2022 : un état des lieux du travail social avant le Livre blanc.", CreatedAt = clock.GetUtcNow().UtcDateTime,
            Sections =
            [
                new() { Level = SectionLevel.Chapter, Position = 1, Title = "Un secteur en tension", Text = "Difficultés de recrutement, perte d'attractivité des métiers, usure des équipes." },
                new() { Level = SectionLevel.Chapter, Position = 2, Title = "Les attentes des professionnels", Text = "Reconnaissance, sens du travail, temps pour l'accompagnement." },
            ],
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Two amendments of a member of the dossier's group: one awaiting the rapporteur's decision, one rejected.</summary>
    private static async Task AmendmentsAsync(AppDb db, Deliverable report, CancellationToken ct)
    {
        var author = await db.GroupMembers.Where(m => m.WorkingGroup.DossierId == report.DossierId).OrderBy(m => m.Id).Select(m => (int?)m.PersonId).FirstOrDefaultAsync(ct);
        if (author is null) return;
        var sixth = report.Recommendations.Single(r => r.Number == 6);
        var conclusion = report.Sections.Single(s => s.Title == "Conclusion");
        db.AddRange(
            new Amendment
            {
                DeliverableId = report.Id, Number = 1, RecommendationId = sixth.Id, Target = $"Préconisation n° 6 « {sixth.Title} »", OriginalText = sixth.Text,
                ProposedText = sixth.Text + " Reconnaître ce temps d'aller-vers dans la charge de travail des équipes.",
                Justification = "Les auditions ont montré que l'aller-vers s'est fait en plus du reste : sans temps reconnu, il ne durera pas.",
                PersonId = author, ProposedAt = new DateTime(2021, 1, 18, 10, 0, 0, DateTimeKind.Utc), Status = AmendmentStatus.Proposed,
            },
            new Amendment
            {
                DeliverableId = report.Id, Number = 2, SectionId = conclusion.Id, Target = "Chapitre « Conclusion »", OriginalText = conclusion.Text,
                ProposedText = "La crise a tout changé.", Justification = "Une conclusion plus courte.",
                PersonId = author, ProposedAt = new DateTime(2021, 1, 19, 10, 0, 0, DateTimeKind.Utc), Status = AmendmentStatus.Rejected,
                Reason = "La conclusion doit garder le lien avec la reconnaissance du travail social, fil du rapport.",
                DecidedAt = new DateTime(2021, 1, 20, 16, 0, 0, DateTimeKind.Utc), DecidedBy = "Secrétariat général",
            });
        await db.SaveChangesAsync(ct);
    }

    private static void Keep(AppDb db, Deliverable deliverable, int number, DateTime at, string note)
    {
        var json = DraftSnapshot.Of(deliverable).ToJson();
        db.Add(new DeliverableVersion
        {
            DeliverableId = deliverable.Id, Number = number, SavedAt = at, SavedBy = "Secrétariat général", Note = note, Content = json, ContentHash = DraftSnapshot.Hash(json),
        });
    }

    /// <summary>The addressees by acronym; the training and employers' bodies the report addresses are added when missing.</summary>
    private static async Task<Dictionary<string, Organisation>> OrganisationsAsync(AppDb db, CancellationToken ct)
    {
        (string Acronym, string Name, OrganisationKind Kind)[] added =
        [
            ("Unaforis", "Union nationale des acteurs de formation et de recherche en intervention sociale", OrganisationKind.TrainingBody),
            ("Nexem", "Nexem, organisation professionnelle des employeurs du secteur social, médico-social et sanitaire", OrganisationKind.EmployerOrganisation),
        ];
        var known = await db.Organisations.ToListAsync(ct);
        foreach (var (acronym, name, kind) in added.Where(a => known.All(o => o.Acronym != a.Acronym)))
            known.Add(db.Organisations.Add(new Organisation { Acronym = acronym, Name = name, Kind = kind, Article = Article.None }).Entity);
        return known.GroupBy(o => o.Acronym).ToDictionary(g => g.Key, g => g.First());
    }
}
