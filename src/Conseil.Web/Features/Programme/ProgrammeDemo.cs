using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Programme;

/// <summary>
/// The work programme of the 2020–2021 term (seed 001): four axes defined by the plenary of 18 November 2019, works
/// from February 2020 to the start of summer 2021, three temporary thematic groups and the CEDTS. The interministerial
/// COVID referral, taken into the programme, is one of its work items (DossiersDemo links its dossier).
/// </summary>
public sealed class ProgrammeDemo : IFeatureDemoContent
{
    public const string Name = "Programme de travail 2020–2021";
    public const string CovidWorkItem = "Saisine interministérielle : le travail social au défi de la crise sanitaire";

    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        if (await db.WorkProgrammes.AnyAsync(p => p.Name == Name, ct)) return;
        var groups = await db.Bodies.Where(b => b.Slug == "groupes-de-travail").Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);
        var ethics = await db.Bodies.Where(b => b.Slug == ReferenceBodies.EthicsCommissionSlug).Select(b => (int?)b.Id).SingleOrDefaultAsync(ct);

        WorkItem Item(int order, string name, int? body, DeliverableKind deliverable, DateOnly planned, WorkItemProgress progress) =>
            new() { Name = name, BodyId = body, Deliverable = deliverable, PlannedOn = planned, Progress = progress, SortOrder = order };

        db.WorkProgrammes.Add(new WorkProgramme
        {
            Name = Name, StartDate = new(2020, 2, 6), EndDate = new(2021, 7, 31), AdoptedOn = new(2019, 11, 18),
            Introduction = "Une mandature de dix-huit mois seulement : les travaux débutent en février 2020 et s'achèvent au début de l'été 2021. "
                + "Outre la commission éthique et déontologie du travail social, trois groupes de travail thématiques temporaires sont constitués "
                + "par un appel à candidatures auprès des membres, ouverts à d'autres experts ; chacun est co-animé par un membre du Haut Conseil "
                + "et un agent de la direction générale de la cohésion sociale.",
            Axes =
            [
                new Axis
                {
                    Number = 1, Name = "Les travailleurs sociaux et les autres intervenants sociaux",
                    Description = "Les rapports existants et ceux à développer entre les intervenants sociaux et les travailleurs sociaux : "
                        + "préciser ce qui les distingue et les limites de chacun.",
                    Items =
                    [
                        Item(1, "Recenser les intervenants sociaux et leurs cadres d'intervention", groups, DeliverableKind.Factsheet,
                            new(2020, 12, 15), WorkItemProgress.Delivered),
                        Item(2, "Préciser ce qui distingue travailleurs sociaux et intervenants sociaux, et les limites de chacun", groups,
                            DeliverableKind.Report, new(2021, 6, 30), WorkItemProgress.InProgress),
                    ],
                },
                new Axis
                {
                    Number = 2, Name = "Les pratiques professionnelles émergentes et les conditions de leur développement",
                    Description = "Identifier les pratiques professionnelles émergentes et nouvelles, et rechercher les conditions favorables à leur "
                        + "développement dès lors qu'elles sont portées par du sens et s'inscrivent dans la définition du travail social.",
                    Items =
                    [
                        Item(1, CovidWorkItem, groups, DeliverableKind.Report, new(2021, 1, 25), WorkItemProgress.Delivered),
                        Item(2, "Séminaire en ligne sur les pratiques émergentes", groups, DeliverableKind.Other, new(2021, 4, 15), WorkItemProgress.Delivered),
                        Item(3, "Les conditions du développement des pratiques émergentes", groups, DeliverableKind.Report,
                            new(2021, 6, 30), WorkItemProgress.InProgress),
                    ],
                },
                new Axis
                {
                    Number = 3, Name = "Les pratiques réflexives",
                    Description = "Donner aux professionnels des moyens de réflexion, d'analyse et de prise de distance sur leurs propres pratiques.",
                    Items =
                    [
                        Item(1, "Repères pour l'analyse des pratiques professionnelles", groups, DeliverableKind.Guide,
                            new(2021, 6, 30), WorkItemProgress.InProgress),
                    ],
                },
                new Axis
                {
                    Number = 4, Name = "Le partage d'informations",
                    Description = "La poursuite des travaux de la commission éthique et déontologie du travail social (CEDTS) sur le partage d'informations.",
                    Items =
                    [
                        Item(1, "Actualiser les fiches repères sur le partage d'informations", ethics, DeliverableKind.Factsheet,
                            new(2021, 3, 31), WorkItemProgress.Delivered),
                        Item(2, "Répondre aux questions pratiques des professionnels (dossiers papier et télétravail)", ethics,
                            DeliverableKind.Opinion, new(2021, 6, 30), WorkItemProgress.Planned),
                    ],
                },
            ],
        });
        await db.SaveChangesAsync(ct);
    }
}
