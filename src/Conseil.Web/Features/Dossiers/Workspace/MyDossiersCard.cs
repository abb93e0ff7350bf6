using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>
/// The member's card of the workspace home: the dossiers of the working groups they belong to, each a link to its
/// page (from which every hearing, contribution and document is one more click). One statement.
/// </summary>
public sealed class MyDossiersCard(AppDb db, TimeProvider clock, IAuthorizationService authorization) : ViewComponent
{
    public const int Shown = 20;

    public sealed record Row(int Id, string Name, DossierState State, DateOnly? Deadline);

    public sealed record Data(IReadOnlyList<Row> Dossiers, DateOnly Today);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        // The secretariat steers every dossier from its dashboard (the menu's « Dossiers et saisines »): no card, no statement.
        if ((await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Secretariat)).Succeeded) return Content("");
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        // One statement: the account's person left-joined to the person's places in groups of a dossier (none: one row of nulls).
        var found = await (
                from u in db.Users.AsNoTracking()
                where u.Id == userId
                join m in db.GroupMembers.Where(m => m.WorkingGroup.DossierId != null) on u.PersonId equals (int?)m.PersonId into places
                from m in places.DefaultIfEmpty()
                orderby m.WorkingGroup.Dossier!.ReceivedOn descending, m.WorkingGroup.DossierId descending
                select new
                {
                    u.PersonId, m.WorkingGroup.DossierId, m.WorkingGroup.Dossier!.Name, State = (DossierState?)m.WorkingGroup.Dossier.State,
                    m.WorkingGroup.Dossier.Deadline,
                })
            .Take(Shown).ToListAsync(HttpContext.RequestAborted);
        // Other staff accounts belong to no person and sit in no group.
        if (found.Count == 0 || found[0].PersonId is null) return Content("");
        var rows = found.Where(r => r.DossierId is not null).Select(r => new Row(r.DossierId!.Value, r.Name, r.State!.Value, r.Deadline)).Distinct().ToList();
        var open = rows.Where(r => DossierStates.IsOpen(r.State)).OrderBy(r => r.Deadline ?? DateOnly.MaxValue);
        return View("/Features/Dossiers/Workspace/_MyDossiersCard.cshtml",
            new Data([.. open, .. rows.Where(r => !DossierStates.IsOpen(r.State))], FrenchDates.Today(clock)));
    }
}
