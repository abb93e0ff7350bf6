using System.ComponentModel.DataAnnotations;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the address has an account, so the form
/// cannot be used to find out who has one; rate-limited like every public form.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(WebDefaults.PublicFormsLimit)]
public class ForgotPasswordModel(AppDb db, UserManager<AppUser> users, AccountTokens tokens, AccountMails mails) : PageModel
{
    [BindProperty] public ForgotPasswordInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { IsDeactivated: false })
        {
            await using var transaction = await db.JoinOrBeginTransactionAsync(cancellationToken);
            mails.PasswordReset(user, await tokens.IssueAsync(user.Id, AccountTokenPurpose.PasswordReset, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        Sent = true;
        return Page();
    }
}

public sealed record ForgotPasswordInput
{
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
    [MaxLength(256, ErrorMessage = "L'adresse électronique ne peut dépasser 256 caractères.")]
    public string Email { get; set; } = "";
}
