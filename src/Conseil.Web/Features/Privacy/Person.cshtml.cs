using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// What the system holds about one person, with the access export and (administrators) the erasure; also the model of
/// the readable export (Export.cshtml), which shows the same data in full.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class PersonModel(PersonalDataExport export, IAuthorizationService authorization) : PageModel
{
    public PersonExport Data { get; private set; } = null!;
    public bool CanErase { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await export.ForAsync(id, ct) is not { } data) return NotFound();
        Data = data;
        CanErase = (await authorization.AuthorizeAsync(User, Policies.Administrator)).Succeeded;
        return Page();
    }
}
