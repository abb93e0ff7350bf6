using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// Enrolment of an authenticator app with Identity's own TOTP support. Only a signed-in user is needed here
/// (not the Workspace policy): this is where those who lack a second factor are sent.
/// </summary>
[Authorize]
public class TwoFactorModel(SignInManager<AppUser> signIn) : PageModel
{
    public const string WrongCode = "Ce code n'est pas valide. Vérifiez l'heure de votre téléphone et saisissez le nouveau code affiché.";

    public bool Enabled { get; private set; }
    public bool SessionLacksSecondFactor { get; private set; }
    public AuthenticatorSetup? Setup { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string Continue => AccountPaths.SafeReturn(Url, ReturnUrl);

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled) return RedirectToPage();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var valid = code.Length == 6 && code.All(char.IsAsciiDigit) && await signIn.UserManager.VerifyTwoFactorTokenAsync(
            user, TokenOptions.DefaultAuthenticatorProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), WrongCode);
            await LoadAsync(user);
            return Page();
        }
        await signIn.UserManager.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await signIn.UserManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        // The code just proved the second factor: this session now counts as a two-factor one.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TwoFactorRequirement.MethodClaim, TwoFactorRequirement.MultiFactor)]);
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        SessionLacksSecondFactor = Enabled && TwoFactorRequirement.IsMissing(User);
        if (Enabled) return;
        var key = await signIn.UserManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await signIn.UserManager.ResetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp, which every request checks (AccountState): renew this session's cookie.
            await signIn.RefreshSignInAsync(user);
            key = await signIn.UserManager.GetAuthenticatorKeyAsync(user) ?? "";
        }
        Setup = AuthenticatorSetup.For(user.Email ?? user.UserName ?? "", key);
    }
}
