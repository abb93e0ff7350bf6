using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>
/// Eight hearings of the COVID dossier (seed 003: hearings on five points, October to December 2020, before the report of
/// 25 January 2021), each tagged with the themes it covered. The organisations are real ones the council hears (ANDASS,
/// UNCCAS, Fédération des acteurs de la solidarité, a département, a CCAS, ANAS, UNAFORIS, ANSA, Croix-Rouge française);
/// the people, their words and who asked for anonymity are invented. Loaded after the dossiers' demo, once.
/// </summary>
public sealed class HearingsDemo : IFeatureDemoContent
{
    private sealed record Heard(string Name, string Role, string Organisation, bool Consents = true);

    private sealed record Planned(DateOnly Day, TimeOnly Time, string Place, int[] Themes, Heard[] People, string Notes = "", string Minutes = "");

    private const string Video = "Visioconférence";

    private static readonly Planned[] Hearings =
    [
        new(new(2020, 10, 21), new(14, 0), "Ministère des Solidarités et de la Santé, Paris", [1, 2],
            [
                new("Hélène Marchetti", "présidente", "Association nationale des directeurs d'action sociale et de santé des départements et métropoles (ANDASS)"),
                new("Pascal Ribeiro", "délégué général", "Association nationale des directeurs d'action sociale et de santé des départements et métropoles (ANDASS)"),
            ],
            "Demander la note de l'ANDASS sur les plans de continuité d'activité des départements.",
            "Les départements ont maintenu l'accueil social d'urgence pendant le premier confinement, au prix d'une réorganisation rapide : "
            + "plans de continuité d'activité, permanences téléphoniques, visites à domicile réservées aux situations les plus graves.\n"
            + "L'ANDASS souligne le manque de coordination entre l'État et les collectivités dans les premières semaines, puis la création "
            + "de cellules de crise communes qui ont permis de répartir les rôles."),
        new(new(2020, 10, 28), new(10, 0), Video, [1, 2, 3],
            [
                new("Sophie Delaunay", "vice-présidente", "Union nationale des centres communaux d'action sociale (UNCCAS)"),
                new("Karim Benali", "conseiller technique", "Union nationale des centres communaux d'action sociale (UNCCAS)"),
            ],
            "",
            "Les CCAS ont vu arriver des publics qu'ils ne connaissaient pas : travailleurs indépendants, étudiants, familles basculant dans la précarité. "
            + "L'aide alimentaire a été réorganisée avec les associations et les épiceries sociales."),
        new(new(2020, 11, 4), new(14, 30), Video, [3, 4],
            [
                new("Claire Vidal", "directrice générale", "Fédération des acteurs de la solidarité"),
                new("Thomas Lefèvre", "chargé de mission hébergement", "Fédération des acteurs de la solidarité", Consents: false),
            ],
            "Le second intervenant ne souhaite pas être nommé dans le rapport.",
            "Mise à l'abri massive des personnes sans domicile, ouverture de centres d'hébergement spécialisés pour les malades, maraudes maintenues "
            + "avec des équipes réduites : la fédération décrit un engagement des professionnels « hors norme » et un épuisement qui s'installe."),
        new(new(2020, 11, 12), new(9, 30), Video, [1, 2, 4],
            [
                new("Isabelle Fournier", "directrice générale adjointe des solidarités", "Département de la Gironde"),
                new("Marc Olivier", "chef de service, maison départementale des solidarités", "Département de la Gironde"),
            ]),
        new(new(2020, 11, 18), new(14, 0), Video, [3, 4, 5],
            [
                new("Nadia Haddad", "directrice", "Centre communal d'action sociale de Villeurbanne"),
                new("Julien Caron", "travailleur social, accueil de jour", "Centre communal d'action sociale de Villeurbanne", Consents: false),
            ],
            "Témoignage sur l'accueil de jour resté ouvert : à reprendre dans la partie sur le vécu des professionnels, sans nommer l'intervenant."),
        new(new(2020, 11, 25), new(10, 0), Video, [4, 5],
            [
                new("Véronique Perrin", "présidente", "Association nationale des assistants de service social (ANAS)"),
                new("Anne-Sophie Garnier", "sociologue, chercheuse associée", ""),
            ],
            "",
            "L'ANAS a recueilli plus de 1 500 réponses à son questionnaire : le télétravail a bouleversé la relation d'aide, "
            + "les professionnels disent leur crainte de « perdre le lien » avec les personnes les plus isolées."),
        new(new(2020, 12, 2), new(14, 0), Video, [4, 5],
            [
                new("Arnaud Masson", "directeur d'un établissement de formation en travail social", "Union nationale des acteurs de formation et de recherche en intervention sociale (UNAFORIS)"),
            ],
            "Stages interrompus, formations à distance : voir les chiffres des étudiants en stage."),
        new(new(2020, 12, 9), new(10, 0), Video, [2, 3],
            [
                new("Laure Chevalier", "directrice de projets", "Agence nouvelle des solidarités actives (ANSA)"),
                new("Didier Roussel", "responsable de l'action sociale", "Croix-Rouge française", Consents: false),
            ]),
    ];

    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        var covid = await db.Dossiers.Where(d => d.Name.Contains("crise sanitaire")).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        if (covid is not { } dossierId || await db.Hearings.AnyAsync(h => h.DossierId == dossierId, ct)) return;
        var themes = await db.DossierThemes.Where(t => t.DossierId == dossierId).ToDictionaryAsync(t => t.Number, t => t.Id, ct);
        foreach (var planned in Hearings)
        {
            db.Hearings.Add(new Hearing
            {
                DossierId = dossierId, At = FrenchDates.FromParis(planned.Day, planned.Time)!.Value, Place = planned.Place,
                Notes = planned.Notes, Minutes = planned.Minutes,
                Participants = [.. planned.People.Select(p => new HearingParticipant
                {
                    FullName = p.Name, Role = p.Role, Organisation = p.Organisation, ConsentsToPublication = p.Consents,
                })],
                Themes = [.. planned.Themes.Where(themes.ContainsKey).Select(n => new HearingTheme { DossierThemeId = themes[n] })],
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
