using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>One college: its quota and its seats, and a form to add a seat within the quota.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class CollegeModel(AppDb db, CompositionEditor editor, CompositionChoices choices) : MultiFormPage
{
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
        if (valid) return await DoneAsync(editor.SetQuotaAsync(Id, Quota, cancellationToken), nameof(Quota), "Le quota a été modifié.", cancellationToken);
        return await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSeatAsync(CancellationToken cancellationToken)
    {
        var (seat, _) = await BindFormAsync<SeatInput>(nameof(Seat));
        Seat = seat with { CollegeId = Id };
        ModelState.Remove($"{nameof(Seat)}.{nameof(SeatInput.CollegeId)}"); // the college comes from the address
        if (ModelState.IsValid) return await DoneAsync(editor.AddSeatAsync(Seat, cancellationToken), nameof(Seat), "Le siège a été ajouté.", cancellationToken);
        return await RedisplayAsync(cancellationToken);
    }

    // "The college is full" is about the seat being added: shown beside its label.
    protected override string FieldOf(RuleViolation error) =>
        error.Field == nameof(SeatInput.CollegeId) ? nameof(SeatInput.Label) : error.Field;

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var college = await db.Colleges.AsNoTracking().Include(c => c.Seats.OrderBy(s => s.Number)).ThenInclude(s => s.Organisation)
            .SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
        if (college is null) return false;
        College = college;
        Organisations = await choices.OrganisationsAsync(cancellationToken);
        return true;
    }
}
