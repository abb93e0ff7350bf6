using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Conseil.Web.Data;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Secretariat)]
public class MandateModel(AppDb db, MandateService mandates, CompositionChoices choices) : PageModel
{
    [BindProperty] public MandateInput Input { get; set; } = new();
    public bool IsNew => Id is null;
    [FromRoute] public int? Id { get; set; }
    public List<SelectListItem> Seats { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];
    public List<SelectListItem> Terms { get; private set; } = [];
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? seatId, CancellationToken cancellationToken)
    {
        if (Id is not null)
        {
            var mandate = await db.Mandates.FindAsync([Id.Value], cancellationToken);
            if (mandate is null) return NotFound();
            Input = MandateInput.From(mandate);
        }
        else
        {
            Input = new MandateInput { SeatId = seatId, Status = MandateStatus.Active, Role = MandateRole.FullMember };
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await mandates.SaveAsync(Id, Input, cancellationToken);
            if (result.Succeeded)
            {
                TempData["Success"] = IsNew ? "Le mandat a été créé." : "Le mandat a été modifié.";
                return RedirectToPage("Seat", new { id = result.Mandate!.SeatId });
            }
            if (result.Mandate is null && Id is not null && result.Errors is [{ Field: "" }]) return NotFound();
            foreach (var error in result.Errors) ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Seats = await choices.SeatsAsync(cancellationToken);
        People = await choices.PeopleAsync(cancellationToken);
        Terms = await choices.TermsAsync(cancellationToken);
        Organisations = await choices.OrganisationsAsync(cancellationToken);
    }
}
