using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Accounts;

/// <summary>New recovery codes for one's own account, after the password is typed again.</summary>
[Authorize(Policy = Policies.Workspace)]
public class RecoveryCodesModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty] public PasswordCheckInput Input { get; set; } = new();
    public bool TwoFactorEnabled { get; private set; }
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        TwoFactorEnabled = user.TwoFactorEnabled;
        if (!TwoFactorEnabled || !ModelState.IsValid || !await PasswordCheck.ConfirmAsync(users, user, Input.CurrentPassword, ModelState))
            return Page();
        Codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        return Page();
    }
}
