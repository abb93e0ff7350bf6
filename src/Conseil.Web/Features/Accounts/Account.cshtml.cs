using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Accounts;

/// <summary>The signed-in user's own account: who they are, their role, their second factor, and a new password.</summary>
[Authorize(Policy = Policies.Workspace)]
public class AccountModel(SignInManager<AppUser> signIn) : PageModel
{
    public AppUser Me { get; private set; } = new();
    public IReadOnlyList<string> RoleLabels { get; private set; } = [];
    public bool PasswordChanged { get; private set; }

    [BindProperty] public ChangePasswordInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Challenge();
        if (!ModelState.IsValid) return Page();
        var result = await signIn.UserManager.ChangePasswordAsync(Me, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }
            return Page();
        }
        // The password change renews the security stamp: refresh the cookie (keeping amr=mfa) so this session stays valid.
        await signIn.RefreshSignInAsync(Me);
        PasswordChanged = true;
        ModelState.Clear();
        Input = new();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return false;
        Me = user;
        RoleLabels = [.. (await signIn.UserManager.GetRolesAsync(user)).Select(Roles.Label)];
        return true;
    }
}

public sealed record ChangePasswordInput
{
    [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Saisissez un nouveau mot de passe.")]
    [MinLength(12, ErrorMessage = "Le mot de passe doit contenir au moins 12 caractères.")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Confirmez le nouveau mot de passe.")]
    [Compare(nameof(NewPassword), ErrorMessage = "La confirmation ne correspond pas au nouveau mot de passe.")]
    public string ConfirmPassword { get; set; } = "";
}
