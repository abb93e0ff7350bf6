using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Conseil.Web.Infrastructure.Forms;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>One college: its quota and its seats, and a form to add a seat within the quota.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class CollegeModel(AppDb db, CompositionEditor editor, CompositionChoices choices) : MultiFormPage
{
    [FromRoute] public int Id { get; set; }
    public QuotaInput Quota { get; set; } = new();
    public SeatInput Seat { get; set; } = new();
    public College College { get; private set; } = null!;
    public List<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Quota = new QuotaInput { Quota = College.Quota };
        return Page();
    }

    public async Task<IActionResult> OnPostQuotaAsync(CancellationToken cancellationToken)
    {
        (Quota, var valid) = await BindFormAsync<QuotaInput>(nameof(Quota));
        if (valid) return await Done(editor.SetQuotaAsync(Id, Quota, cancellationToken), nameof(Quota), "Le quota a été modifié.", cancellationToken);
        return await Redisplay(cancellationToken);
    }

    public async Task<IActionResult> OnPostSeatAsync(CancellationToken cancellationToken)
    {
        var (seat, _) = await BindFormAsync<SeatInput>(nameof(Seat));
        Seat = seat with { CollegeId = Id };
        ModelState.Remove($"{nameof(Seat)}.{nameof(SeatInput.CollegeId)}"); // the college comes from the address
        if (ModelState.IsValid) return await Done(editor.AddSeatAsync(Seat, cancellationToken), nameof(Seat), "Le siège a été ajouté.", cancellationToken);
        return await Redisplay(cancellationToken);
    }

    private async Task<IActionResult> Done<T>(Task<CompositionEditor.Result<T>> saving, string prefix, string message, CancellationToken cancellationToken)
    {
        var result = await saving;
        if (result.NotFound) return NotFound();
        if (result.Succeeded)
        {
            TempData["Success"] = message;
            return RedirectToPage(new { Id });
        }
        foreach (var error in result.Errors)
        {
            var field = error.Field == nameof(SeatInput.CollegeId) ? nameof(SeatInput.Label) : error.Field;
            ModelState.AddModelError($"{prefix}.{field}", error.Message);
        }
        return await Redisplay(cancellationToken);
    }

    private async Task<IActionResult> Redisplay(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var college = await db.Colleges.AsNoTracking().Include(c => c.Seats.OrderBy(s => s.Number)).ThenInclude(s => s.Organisation)
            .SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
        if (college is null) return false;
        College = college;
        Organisations = await choices.OrganisationsAsync(cancellationToken);
        return true;
    }
}
