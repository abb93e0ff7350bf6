namespace Conseil.Web.Features.Deliverables;

/// <summary>The addresses of a dossier's deliverables, in its space.</summary>
public static class DeliverablePaths
{
    public static string List(int dossierId) => $"/espace/dossiers/{dossierId}/livrables";
    public static string Deliverable(int dossierId, int id) => $"/espace/dossiers/{dossierId}/livrables/{id}";
    public static string Description(int dossierId, int id) => $"{Deliverable(dossierId, id)}/description";
    public static string NewSection(int dossierId, int id) => $"{Deliverable(dossierId, id)}/sections/nouvelle";
    public static string Section(int dossierId, int id, int sectionId) => $"{Deliverable(dossierId, id)}/sections/{sectionId}";
    public static string NewRecommendation(int dossierId, int id) => $"{Deliverable(dossierId, id)}/preconisations/nouvelle";
    public static string Recommendation(int dossierId, int id, int recommendationId) => $"{Deliverable(dossierId, id)}/preconisations/{recommendationId}";
    public static string Versions(int dossierId, int id) => $"{Deliverable(dossierId, id)}/versions";
    public static string Version(int dossierId, int id, int number) => $"{Deliverable(dossierId, id)}/versions/{number}";
    public static string Compare(int dossierId, int id, int from, int to) => $"{Deliverable(dossierId, id)}/versions/comparer?de={from}&a={to}";

    /// <summary>The anchor of a recommendation in a text: « preconisation-3 ».</summary>
    public static string Anchor(int number) => $"preconisation-{number}";
}
