using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Network;

public enum TerritoryLevel
{
    Region,
    Departement,
}

/// <summary>A comité local du travail social et du développement social (CLTSDS), on an INSEE territory.</summary>
[DisplayName("Comité local")]
public class LocalCommittee
{
    public int Id { get; set; }
    [Display(Name = "Nom")]
    public required string Name { get; set; }
    [Display(Name = "Échelon")]
    public TerritoryLevel TerritoryLevel { get; set; }

    /// <summary>INSEE Code officiel géographique: "65" for Hautes-Pyrénées, "93" for the PACA region.</summary>
    [Display(Name = "Code du territoire")]
    public required string TerritoryCode { get; set; }
    [Display(Name = "Territoire")]
    public required string TerritoryName { get; set; }
    [Display(Name = "Description")]
    public string Description { get; set; } = "";
    [Display(Name = "Année de création")]
    public int? CreatedYear { get; set; }
}
