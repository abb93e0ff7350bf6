using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Calendar;
using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Meetings.Account;

/// <summary>
/// A member's private calendar address: the meetings that convene them, closed ones included, to subscribe to in
/// their calendar application. Only its hash is stored, so the address shows once, when it is made; renewing it
/// revokes the previous one, and it can be revoked outright.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
public class MyCalendarModel(CalendarTokens tokens, SiteLinks links) : PageModel
{
    public int? PersonId { get; private set; }
    public DateTime? ActiveSince { get; private set; }

    /// <summary>The address just made: shown in this answer only.</summary>
    public string? NewAddress { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRenewAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } owner) return Page();
        NewAddress = links.Absolute(CalendarTokens.PathOf(await tokens.RenewAsync(owner, ct)));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } owner) return Page();
        TempData["Success"] = await tokens.RevokeAsync(owner, ct)
            ? "L'adresse de votre calendrier est révoquée : elle ne donne plus accès à vos séances."
            : "Vous n'aviez pas d'adresse de calendrier.";
        return RedirectToPage();
    }

    private async Task<FeedOwner?> LoadAsync(CancellationToken ct)
    {
        PersonId = await HttpContext.RequestServices.PersonIdOfAsync(User, ct);
        if (PersonId is not { } personId) return null;
        var owner = new FeedOwner(personId, null);
        ActiveSince = await tokens.ActiveSinceAsync(owner, ct);
        return owner;
    }
}
