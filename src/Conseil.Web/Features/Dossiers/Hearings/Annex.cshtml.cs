using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>The list of people heard, ready to annex to the report (<see cref="HearingAnnex"/>): printable, by organisation or by date.</summary>
public class AnnexModel(DossierRights rights, HearingAnnex annexes) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery(Name = "ordre")] public string? Ordre { get; set; }
    public DossierSpace Dossier { get; private set; } = null!;
    public Annex Annex { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await rights.EnterAsync(User, Id, cancellationToken) is not { } dossier) return NotFound();
        Dossier = dossier;
        Annex = await annexes.BuildAsync(Id, HearingAnnex.OrderOf(Ordre), cancellationToken);
        return Page();
    }
}

/// <summary>The same list as a CSV for a spreadsheet: UTF-8 with BOM, semicolons, one line per person and hearing.</summary>
public class AnnexCsvModel(DossierRights rights, HearingAnnex annexes) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery(Name = "ordre")] public string? Ordre { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await rights.EnterAsync(User, Id, cancellationToken) is null) return NotFound();
        var annex = await annexes.BuildAsync(Id, HearingAnnex.OrderOf(Ordre), cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        return File(HearingAnnex.Csv(annex.Rows), "text/csv; charset=utf-8", $"personnes-auditionnees-dossier-{Id}.csv");
    }
}
