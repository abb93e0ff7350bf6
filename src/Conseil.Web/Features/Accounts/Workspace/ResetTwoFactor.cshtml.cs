using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Accounts.Workspace;

/// <summary>An administrator resets another user's second factor (audited; the user is told by e-mail).</summary>
[Authorize(Policy = Policies.Administrator)]
public class ResetTwoFactorModel(UserManager<AppUser> users, AccountAdministration accounts) : PageModel
{
    [FromRoute] public string Id { get; set; } = "";
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null) return NotFound();
        Name = user.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.ResetTwoFactorAsync(Id, cancellationToken);
        if (result.Status == WriteStatus.NotFound) return NotFound();
        TempData["Success"] = $"La double authentification {French.Of(result.Value!.DisplayName)} a été réinitialisée ; un message l'en informe.";
        return Redirect($"/espace/comptes/{Id}");
    }
}
