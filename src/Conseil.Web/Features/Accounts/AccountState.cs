using System.Security.Claims;
using Conseil.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// Who may hold a session. Sign-in asks <see cref="IsConfirmedAsync"/> (Identity's "confirmed account" check:
/// a password chosen and the account not deactivated). Every request with a session cookie runs
/// <see cref="ValidateAsync"/>: one indexed read of the account's stamp and state, so a deactivated account,
/// or one whose password or second factor was reset elsewhere, loses its session at the next request.
/// </summary>
public sealed class AccountState : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult(user is { IsDeactivated: false, PasswordHash: not null });

    public static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> identityCheck)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>()
            .Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal?.FindFirstValue(stampClaim);
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDb>();
        var current = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.DeactivatedAt }).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current.DeactivatedAt is not null || current.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await identityCheck(context);
    }
}
