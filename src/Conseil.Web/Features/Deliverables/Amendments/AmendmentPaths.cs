namespace Conseil.Web.Features.Deliverables.Amendments;

/// <summary>The addresses of a deliverable's amendments.</summary>
public static class AmendmentPaths
{
    public static string List(int dossierId, int deliverableId) => $"{DeliverablePaths.Deliverable(dossierId, deliverableId)}/amendements";
    public static string Amendment(int dossierId, int deliverableId, int id) => $"{List(dossierId, deliverableId)}/{id}";

    /// <summary>The form proposing an amendment to a section or a recommendation.</summary>
    public static string ToSection(int dossierId, int deliverableId, int sectionId) => $"{List(dossierId, deliverableId)}/nouveau?section={sectionId}";
    public static string ToRecommendation(int dossierId, int deliverableId, int recommendationId) => $"{List(dossierId, deliverableId)}/nouveau?preconisation={recommendationId}";
}
