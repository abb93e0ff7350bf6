using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Conseil.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(WebDefaults.SignInLimit)]
public class SignInModel(SignInManager<AppUser> signIn) : PageModel
{
    // One message for an unknown address and a wrong password, so the form does not reveal who has an account.
    public const string WrongCredentials = "Adresse électronique ou mot de passe incorrect.";
    public const string LockedOut = "Ce compte est temporairement verrouillé après plusieurs tentatives infructueuses. Réessayez dans quelques minutes.";

    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        if (result.RequiresTwoFactor) return Redirect(AccountPaths.WithReturn(AccountPaths.SignInCode, back));
        if (result.Succeeded) return await AfterPasswordAsync(back);
        ModelState.AddModelError(string.Empty, result switch
        {
            { IsLockedOut: true } => LockedOut,
            { IsNotAllowed: true } => "Ce compte ne peut pas se connecter pour le moment. Contactez le secrétariat.",
            _ => WrongCredentials,
        });
        return Page();
    }

    // Roles that need two factors and have none yet go straight to enrolment, then on to where they were going.
    private async Task<IActionResult> AfterPasswordAsync(string? back)
    {
        var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
        var roles = user is null ? [] : await signIn.UserManager.GetRolesAsync(user);
        if (roles.Any(Roles.RequiringTwoFactor.Contains)) return Redirect(AccountPaths.WithReturn(AccountPaths.TwoFactor, back));
        return LocalRedirect(AccountPaths.SafeReturn(Url, back));
    }
}

public sealed record SignInInput
{
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    public string Password { get; set; } = "";
}
