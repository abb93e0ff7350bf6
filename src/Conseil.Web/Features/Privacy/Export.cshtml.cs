using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Privacy;

/// <summary>The access export (RGPD art. 15) as a page a person reads or prints: the same content as the JSON, in French.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class ExportModel(PersonalDataExport export) : PageModel
{
    public PersonExport Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await export.ForAsync(id, ct) is not { } data) return NotFound();
        Data = data;
        return Page();
    }
}
