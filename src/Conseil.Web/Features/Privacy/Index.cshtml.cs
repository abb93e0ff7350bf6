using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Privacy;

/// <summary>The register of processing (art. 30 RGPD) and the way into one person's data.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class IndexModel(AppDb db, PersonalDataRegister register) : PageModel
{
    public ProcessingRegister Register { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    /// <summary>The person chosen in the list: the page sends the browser to their data.</summary>
    [BindProperty(SupportsGet = true, Name = "personne")] public int? PersonId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (PersonId is { } id && await db.People.AnyAsync(p => p.Id == id, ct))
            return Redirect($"/espace/rgpd/personnes/{id}");
        Register = register.Build();
        People = await db.People.AsNoTracking().OrderBy(p => p.SearchKey).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new SelectListItem(p.FamilyName + " " + p.GivenName, p.Id.ToString()))
            .ToListAsync(ct);
        return Page();
    }
}
