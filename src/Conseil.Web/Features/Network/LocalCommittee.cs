namespace Conseil.Web.Features.Network;

public enum TerritoryLevel
{
    Region,
    Departement,
}

/// <summary>A comité local du travail social et du développement social (CLTSDS), on an INSEE territory.</summary>
public class LocalCommittee
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public TerritoryLevel TerritoryLevel { get; set; }

    /// <summary>INSEE Code officiel géographique: "65" for Hautes-Pyrénées, "93" for the PACA region.</summary>
    public required string TerritoryCode { get; set; }
    public required string TerritoryName { get; set; }
    public string Description { get; set; } = "";
    public int? CreatedYear { get; set; }
}
