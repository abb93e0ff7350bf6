using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>A seat and every mandate it has known, term after term.</summary>
[Authorize(Policy = Policies.Workspace)]
public class SeatModel(AppDb db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public Seat Seat { get; private set; } = null!;
    public IReadOnlyList<IGrouping<Term, Mandate>> History { get; private set; } = [];
    public bool CanEdit { get; private set; }

    /// <summary>The day the statuses are read on: a mandate starting later is "À venir".</summary>
    public DateOnly Today => FrenchDates.Today(clock);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var seat = await db.Seats.AsNoTracking().Include(s => s.College).Include(s => s.Organisation)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (seat is null) return NotFound();
        Seat = seat;
        // Identity resolution: one Term instance per term, so the grouping below gives one table per term.
        var mandates = await db.Mandates.AsNoTrackingWithIdentityResolution().Include(m => m.Person).Include(m => m.Term)
            .Where(m => m.SeatId == id).OrderByDescending(m => m.StartDate).ThenBy(m => m.Role)
            .ToListAsync(cancellationToken);
        History = mandates.GroupBy(m => m.Term).OrderByDescending(g => g.Key.StartDate).ToList();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        return Page();
    }
}
