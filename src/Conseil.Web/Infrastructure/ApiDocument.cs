using Microsoft.OpenApi;

namespace Conseil.Web.Infrastructure;

/// <summary>
/// The OpenAPI document at /openapi/v1.json: its title, and one tag per feature of Conseil, in French since people read
/// them. Paths are English (the code's language); an endpoint takes the tag of the feature it belongs to.
/// </summary>
public static class ApiDocument
{
    public const string Title = "Conseil – API du Haut Conseil du travail social";

    public static class Tags
    {
        public const string Composition = "Composition";
        public const string Bodies = "Instances";
        public const string Roster = "Import et exports";
        public const string Accounts = "Comptes";
        public const string Privacy = "Données personnelles";
        public const string Dossiers = "Dossiers";
    }

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [Tags.Composition] = "Collèges, sièges, organismes, personnes, mandats et mandatures. Lecture publique, écriture par le secrétariat.",
        [Tags.Bodies] = "Membres et règles de composition des instances (commission permanente, CEDTS…).",
        [Tags.Roster] = "La composition en cours en CSV, XLSX et Popolo ; le modèle de fichier d'import.",
        [Tags.Accounts] = "Le compte de l'utilisateur connecté.",
        [Tags.Privacy] = "Registre des traitements et droit d'accès (RGPD).",
        [Tags.Dossiers] = "Saisines et dossiers : la liste pour le secrétariat, un dossier pour les membres de ses groupes de travail (404 pour les autres).",
    };

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = Title;
            document.Info.Description = "Données de composition du Haut Conseil du travail social et outils du secrétariat.";
            document.Tags = new HashSet<OpenApiTag>(Descriptions.Select(d => new OpenApiTag { Name = d.Key, Description = d.Value }));
            return Task.CompletedTask;
        }));
}
