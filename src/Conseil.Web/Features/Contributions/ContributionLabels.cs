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

    /// <summary>The status's word in a page address (the queue's filter): "retenue".</summary>
    public static string Slug(ContributionStatus status) => status switch
    {
        ContributionStatus.Received => "a-moderer",
        ContributionStatus.Held => "retenue",
        ContributionStatus.Accepted => "acceptee",
        _ => "refusee",
    };

    public static ContributionStatus? FromSlug(string? slug) =>
        Enum.GetValues<ContributionStatus>().Cast<ContributionStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);

    /// <summary>The DSFR badge of a status: held in red, to moderate in orange, accepted in green.</summary>
    public static string Badge(ContributionStatus status) => status switch
    {
        ContributionStatus.Held => "fr-badge--error",
        ContributionStatus.Received => "fr-badge--warning",
        ContributionStatus.Accepted => "fr-badge--success",
        _ => "fr-badge--info",
    };

    /// <summary>"Comité local du travail social de Loire-Atlantique (comité local)", or the kind alone for a volunteer without organisation.</summary>
    public static string Origin(ContributorKind kind, string organisation) =>
        organisation.Length == 0 ? Of(kind) : $"{organisation} ({Of(kind).ToLowerInvariant()})";
}

internal sealed class ContributionRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<ContributorKind>(ContributionLabels.Of)
        .Values<ContributionStatus>(ContributionLabels.Of)
        .Values<PolicyArea>(PolicyAreas.Of);
}
