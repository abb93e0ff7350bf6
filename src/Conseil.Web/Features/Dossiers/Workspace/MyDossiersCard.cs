using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>
/// The member's card of the workspace home: the dossiers of the working groups they belong to, each a link to its
/// page (from which every hearing, contribution and document is one more click). One statement.
/// </summary>
public sealed class MyDossiersCard(AppDb db, TimeProvider clock) : ViewComponent
{
    public const int Shown = 20;

    public sealed record Row(int Id, string Name, DossierState State, DateOnly? Deadline);

    public sealed record Data(IReadOnlyList<Row> Dossiers, DateOnly Today);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => db.GroupMembers.Any(m => m.WorkingGroup.DossierId == d.Id
                && db.Users.Any(u => u.Id == userId && u.PersonId != null && u.PersonId == m.PersonId)))
            .OrderByDescending(d => d.ReceivedOn).ThenByDescending(d => d.Id).Take(Shown)
            .Select(d => new Row(d.Id, d.Name, d.State, d.Deadline)).ToListAsync(HttpContext.RequestAborted);
        // Staff accounts belong to no person and sit in no group: the secretariat steers from its dashboard.
        if (rows.Count == 0 && !await db.Users.AnyAsync(u => u.Id == userId && u.PersonId != null, HttpContext.RequestAborted)) return Content("");
        var open = rows.Where(r => DossierStates.IsOpen(r.State)).OrderBy(r => r.Deadline ?? DateOnly.MaxValue);
        return View("/Features/Dossiers/Workspace/_MyDossiersCard.cshtml",
            new Data([.. open, .. rows.Where(r => !DossierStates.IsOpen(r.State))], FrenchDates.Today(clock)));
    }
}
