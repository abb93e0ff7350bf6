using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Conseil.Web.Features.Notifications;

/// <summary>
/// The unsubscribe link of every news message. GET only asks for confirmation: a link prefetcher or a mail scanner that
/// opens the link unsubscribes nobody. POST unsubscribes, from the page's button or from the reader's own one-click
/// button (RFC 8058, List-Unsubscribe-Post), which carries no antiforgery token: the secret token in the address is
/// what authorises it, so the page does not ask for one.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(WebDefaults.PublicFormsLimit)]
public class UnsubscribeModel(NotificationSettings settings) : PageModel
{
    [FromRoute] public string Token { get; set; } = "";
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await settings.PersonOfTokenAsync(Token, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await settings.UnsubscribeAsync(Token, cancellationToken)) return NotFound();
        Done = true;
        return Page();
    }
}
