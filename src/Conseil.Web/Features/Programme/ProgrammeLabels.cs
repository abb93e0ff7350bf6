using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Programme;

/// <summary>The French words of the programme's enumerations, for pages and the audit log.</summary>
public static class ProgrammeLabels
{
    public static string Of(WorkItemProgress progress) => progress switch
    {
        WorkItemProgress.Planned => "Prévu",
        WorkItemProgress.InProgress => "En cours",
        WorkItemProgress.Delivered => "Livré",
        _ => "Abandonné",
    };

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
        _ => "Autre production",
    };
}

internal sealed class ProgrammeRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<WorkItemProgress>(ProgrammeLabels.Of)
        .Values<DeliverableKind>(ProgrammeLabels.Of);
}
