using System.ComponentModel.DataAnnotations;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// Where an invitation or a forgotten-password link leads: choose a password. The link serves once; an
/// invited person is then signed in (and sent to enrol an authenticator when the role needs one), someone who
/// forgot a password goes back to the sign-in page, where a second factor is asked as usual.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(WebDefaults.PublicFormsLimit)]
public class SetPasswordModel(AppDb db, SignInManager<AppUser> signIn, AccountTokens tokens) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    [BindProperty] public SetPasswordInput Input { get; set; } = new();
    public AccountTokenPurpose? Purpose { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string Title => Purpose switch
    {
        AccountTokenPurpose.Invitation => "Activer votre compte",
        AccountTokenPurpose.PasswordReset => "Choisir un nouveau mot de passe",
        _ => "Lien expiré ou déjà utilisé",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (token, user) = await LoadAsync(cancellationToken);
        if (token is null || user is null || !ModelState.IsValid) return Page();

        await using var transaction = await db.JoinOrBeginTransactionAsync(cancellationToken);
        tokens.MarkUsed(token);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Purpose = null; // used by another request a moment ago
            return Page();
        }
        var users = signIn.UserManager;
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewPassword)}", error.Description);
            return Page(); // the transaction rolls back: the link still works
        }
        user.EmailConfirmed = true;
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await transaction.CommitAsync(cancellationToken);
        return token.Purpose == AccountTokenPurpose.Invitation ? await WelcomeAsync(user) : BackToSignIn();
    }

    private async Task<IActionResult> WelcomeAsync(AppUser user)
    {
        await signIn.SignInAsync(user, isPersistent: false);
        var roles = await signIn.UserManager.GetRolesAsync(user);
        if (roles.Any(Roles.RequiringTwoFactor.Contains))
            return LocalRedirect(AccountPaths.WithReturn(AccountPaths.TwoFactor, AccountPaths.AfterSignIn));
        TempData["Success"] = "Votre compte est activé. Bienvenue dans l'espace de travail.";
        return LocalRedirect(AccountPaths.AfterSignIn);
    }

    private RedirectResult BackToSignIn()
    {
        TempData["Success"] = "Votre mot de passe a été changé. Connectez-vous avec ce nouveau mot de passe.";
        return Redirect(AccountPaths.SignIn);
    }

    private async Task<(AccountToken? Token, AppUser? User)> LoadAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(Jeton, cancellationToken);
        var user = token is null ? null : await signIn.UserManager.FindByIdAsync(token.UserId);
        if (token is null || user is null || user.IsDeactivated) return (null, null);
        Purpose = token.Purpose;
        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        return (token, user);
    }
}

public sealed record SetPasswordInput
{
    [Required(ErrorMessage = "Saisissez un mot de passe.")]
    [MinLength(12, ErrorMessage = "Le mot de passe doit contenir au moins 12 caractères.")]
    [MaxLength(200, ErrorMessage = "Le mot de passe ne peut dépasser 200 caractères.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Confirmez le mot de passe.")]
    [Compare(nameof(NewPassword), ErrorMessage = "La confirmation ne correspond pas au mot de passe.")]
    public string ConfirmPassword { get; set; } = "";
}
