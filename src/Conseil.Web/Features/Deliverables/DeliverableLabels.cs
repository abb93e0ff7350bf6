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

    /// <summary>« du rapport », « de l'avis », « des actes du séminaire », after « Adoption ».</summary>
    public static string OfWithArticle(DeliverableKind kind) => kind switch
    {
        DeliverableKind.Report => "du rapport",
        DeliverableKind.Opinion => "de l'avis",
        DeliverableKind.GreenPaper => "du livre vert",
        DeliverableKind.WhitePaper => "du livre blanc",
        DeliverableKind.Factsheet => "de la fiche",
        DeliverableKind.Guide => "du guide",
        DeliverableKind.Roadmap => "de la feuille de route",
        DeliverableKind.ActivityReport => "du rapport d'activité",
        DeliverableKind.Editorial => "de l'éditorial",
        _ => "des actes du séminaire",
    };

    public static string Of(SectionLevel level) => level == SectionLevel.Part ? "Partie" : "Chapitre";

    public static string Of(RecommendationPriority priority) => priority switch
    {
        RecommendationPriority.High => "Haute",
        RecommendationPriority.Medium => "Moyenne",
        _ => "Basse",
    };

    /// <summary>What a comparison found for a block: « Ajout », « Suppression », « Modification ».</summary>
    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "Ajout",
        ChangeKind.Removed => "Suppression",
        ChangeKind.Changed => "Modification",
        _ => "Sans changement",
    };

    /// <summary>A level or a priority as a version keeps it (the enum's name), in French; an unknown name as it is.</summary>
    public static string OfName<T>(string name) where T : struct, Enum => Enum.TryParse<T>(name, out var value) ? value switch
    {
        SectionLevel level => Of(level),
        RecommendationPriority priority => Of(priority),
        DeliverableKind kind => Of(kind),
        _ => name,
    } : name;
}

internal sealed class DeliverableRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<DeliverableKind>(DeliverableLabels.Of)
        .Values<SectionLevel>(DeliverableLabels.Of)
        .Values<RecommendationPriority>(DeliverableLabels.Of);
}
