using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Conseil.Web.Features.Accounts;

/// <summary>Changes to one's own second factor ask for the password again: a forgotten open session is not enough.</summary>
public sealed record PasswordCheckInput
{
    [Required(ErrorMessage = "Saisissez votre mot de passe.")]
    public string CurrentPassword { get; set; } = "";
}

public static class PasswordCheck
{
    public const string Wrong = "Mot de passe incorrect.";

    /// <summary>True when the password is right; otherwise an error beside the field. Failures count towards lockout.</summary>
    public static async Task<bool> ConfirmAsync(UserManager<AppUser> users, AppUser user, string password, ModelStateDictionary state)
    {
        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return true;
        }
        await users.AccessFailedAsync(user);
        state.AddModelError($"Input.{nameof(PasswordCheckInput.CurrentPassword)}", Wrong);
        return false;
    }
}
