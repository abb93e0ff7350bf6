using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Deliverables.Amendments;

/// <summary>The French words of an amendment's fate.</summary>
public static class AmendmentLabels
{
    public static string Of(AmendmentStatus status) => status switch
    {
        AmendmentStatus.Proposed => "Proposé",
        AmendmentStatus.Accepted => "Accepté",
        AmendmentStatus.Rejected => "Rejeté",
        _ => "Fusionné",
    };

    /// <summary>« accepté », « rejeté », « fusionné » after « L'amendement n° 3 est déjà ».</summary>
    public static string Decided(AmendmentStatus status) => Of(status).ToLowerInvariant();
}

internal sealed class AmendmentRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue.Values<AmendmentStatus>(AmendmentLabels.Of);
}
