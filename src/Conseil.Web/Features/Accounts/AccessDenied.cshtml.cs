using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Accounts;

[AllowAnonymous]
public class AccessDeniedModel : PageModel
{
    // The page explains the refusal, and its status says it too (for tools and assistive technologies).
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
