using Microsoft.AspNetCore.Authorization;
using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Conseil.Web.Features.Accounts;

/// <summary>The second step of sign-in, for accounts with an authenticator: a TOTP code or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebDefaults.SignInLimit)]
public class SignInCodeModel(SignInManager<AppUser> signIn) : PageModel
{
    public const string WrongCode = "Ce code n'est pas valide. Vérifiez l'heure de votre téléphone et saisissez le code affiché.";
    public const string WrongRecoveryCode = "Ce code de secours n'est pas valide ou a déjà été utilisé.";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(AccountPaths.SignIn) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(Code), "Saisissez les 6 chiffres affichés par votre application d'authentification.");
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return Outcome(result, nameof(Code), WrongCode);
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        var code = (RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(RecoveryCode), "Saisissez l'un de vos codes de secours.");
            return Page();
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        return Outcome(result, nameof(RecoveryCode), WrongRecoveryCode);
    }

    private IActionResult Outcome(Microsoft.AspNetCore.Identity.SignInResult result, string field, string wrong)
    {
        if (result.Succeeded) return LocalRedirect(AccountPaths.SafeReturn(Url, ReturnUrl));
        ModelState.AddModelError(field, result.IsLockedOut ? SignInModel.LockedOut : wrong);
        return Page();
    }
}
