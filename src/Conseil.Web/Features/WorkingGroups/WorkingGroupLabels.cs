using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>The French words of the working groups' enumerations, for pages and the audit log.</summary>
public static class WorkingGroupLabels
{
    public static string Of(GroupRole role) => role switch
    {
        GroupRole.CoLead => "Copilote (membre du Haut Conseil)",
        GroupRole.AdministrationCoLead => "Copilote (administration)",
        GroupRole.Rapporteur => "Rapporteur",
        GroupRole.Member => "Membre",
        _ => "Expert invité",
    };

    public static string Of(CallStatus status) => status switch
    {
        CallStatus.Upcoming => "À venir",
        CallStatus.Open => "Ouvert",
        CallStatus.AwaitingSelection => "Clos, sélection en cours",
        _ => "Sélection arrêtée",
    };

    public static string Of(CandidacyDecision decision) => decision switch
    {
        CandidacyDecision.Pending => "En attente",
        CandidacyDecision.Selected => "Retenue",
        _ => "Non retenue",
    };
}

internal sealed class WorkingGroupRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<GroupRole>(WorkingGroupLabels.Of)
        .Values<CandidacyDecision>(WorkingGroupLabels.Of);
}
