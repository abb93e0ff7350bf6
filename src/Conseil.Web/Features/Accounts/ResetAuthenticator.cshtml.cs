using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// A user resets their own authenticator, after typing the password again: the key and the recovery codes are
/// replaced, the session continues with one factor only, so staff go straight to enrolling the new application.
/// </summary>
[Authorize(Policy = Policies.Workspace)]
public class ResetAuthenticatorModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public PasswordCheckInput Input { get; set; } = new();
    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return Challenge();
        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        TwoFactorEnabled = user.TwoFactorEnabled;
        if (!TwoFactorEnabled || !ModelState.IsValid || !await PasswordCheck.ConfirmAsync(users, user, Input.CurrentPassword, ModelState))
            return Page();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.SignInAsync(user, isPersistent: false); // a one-factor session with the renewed stamp
        return Redirect(AccountPaths.TwoFactor);
    }
}
