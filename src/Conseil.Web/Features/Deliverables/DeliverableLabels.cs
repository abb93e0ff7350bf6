using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Deliverables;

/// <summary>The French words of the deliverables' enumerations, for pages and the audit log.</summary>
public static class DeliverableLabels
{
    public static string Of(DeliverableKind kind) => kind switch
    {
        DeliverableKind.Report => "Rapport",
        DeliverableKind.Opinion => "Avis",
        DeliverableKind.GreenPaper => "Livre vert",
        DeliverableKind.WhitePaper => "Livre blanc",
        DeliverableKind.Factsheet => "Fiche",
        DeliverableKind.Guide => "Guide",
        DeliverableKind.Roadmap => "Feuille de route",
        DeliverableKind.ActivityReport => "Rapport d'activité",
        DeliverableKind.Editorial => "Éditorial",
        _ => "Actes de séminaire",
    };

    public static string Of(SectionLevel level) => level == SectionLevel.Part ? "Partie" : "Chapitre";

    public static string Of(RecommendationPriority priority) => priority switch
    {
        RecommendationPriority.High => "Haute",
        RecommendationPriority.Medium => "Moyenne",
        _ => "Basse",
    };

    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Ajouté",
        ChangeKind.Removed => "Supprimé",
        ChangeKind.Changed => "Modifié",
        _ => "Inchangé",
    };
}

internal sealed class DeliverableRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<DeliverableKind>(DeliverableLabels.Of)
        .Values<SectionLevel>(DeliverableLabels.Of)
        .Values<RecommendationPriority>(DeliverableLabels.Of);
}
