using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Calendar;
using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>The secretariat's private calendar address of each body: every meeting of the body, closed ones included.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class BodyCalendarsModel(AppDb db, CalendarTokens tokens, SiteLinks links) : PageModel
{
    public sealed record BodyRow(int Id, string Name, DateTime? ActiveSince);

    [BindProperty] public int? BodyId { get; set; }
    public List<BodyRow> Bodies { get; private set; } = [];

    /// <summary>The body whose address was just made, and the address: shown in this answer only.</summary>
    public (string Body, string Address)? NewAddress { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRenewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Bodies.FirstOrDefault(b => b.Id == BodyId) is not { } body) return NotFound();
        NewAddress = (body.Name, links.Absolute(CalendarTokens.PathOf(await tokens.RenewAsync(new FeedOwner(null, body.Id), ct))));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Bodies.FirstOrDefault(b => b.Id == BodyId) is not { } body) return NotFound();
        TempData["Success"] = await tokens.RevokeAsync(new FeedOwner(null, body.Id), ct)
            ? $"L'adresse du calendrier « {body.Name} » est révoquée."
            : $"Le calendrier « {body.Name} » n'avait pas d'adresse.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var active = await tokens.ActiveBodiesAsync(ct);
        Bodies = (await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Select(b => new BodyRow(b.Id, b.Name, active.TryGetValue(b.Id, out var since) ? since : null)).ToList();
    }
}
