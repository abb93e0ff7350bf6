using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Network;

/// <summary>The words of the local network's enumerations, for the audit log.</summary>
internal sealed class NetworkRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) =>
        catalogue.Values<TerritoryLevel>(level => level == TerritoryLevel.Region ? "Région" : "Département");
}
