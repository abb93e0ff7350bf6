using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Contributions;

/// <summary>The French words of the contributions' enumerations, for pages and the audit log.</summary>
public static class ContributionLabels
{
    public static string Of(ContributorKind kind) => kind switch
    {
        ContributorKind.LocalCommittee => "Comité local",
        ContributorKind.MemberOrganisation => "Organisation membre",
        _ => "Contribution volontaire",
    };

    public static string Of(ContributionStatus status) => status switch
    {
        ContributionStatus.Received => "À modérer",
        ContributionStatus.Held => "Retenue : données personnelles à masquer",
        ContributionStatus.Accepted => "Acceptée",
        _ => "Refusée",
    };
}

internal sealed class ContributionRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<ContributorKind>(ContributionLabels.Of)
        .Values<ContributionStatus>(ContributionLabels.Of);
}
