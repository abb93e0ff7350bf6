using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Privacy;

/// <summary>Erasure of a person (administrators only), after an explicit confirmation.</summary>
[Authorize(Policy = Policies.Administrator)]
public class EraseModel(AppDb db, PersonErasure erasure, ILogger<EraseModel> logger) : PageModel
{
    public sealed record EraseInput(bool Confirmed);

    [BindProperty] public EraseInput Input { get; set; } = new(false);
    public string PersonName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Input.Confirmed)
        {
            ModelState.AddModelError("Input.Confirmed", "Cochez la case pour confirmer l'effacement.");
            return Page();
        }
        await erasure.EraseAsync(id, ct);
        logger.LogInformation("Personne {PersonId} effacée (RGPD)", id);
        TempData["Success"] = "Les données personnelles ont été effacées.";
        return Redirect($"/espace/rgpd/personnes/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        PersonName = person?.FullName ?? "";
        return person is not null;
    }
}
