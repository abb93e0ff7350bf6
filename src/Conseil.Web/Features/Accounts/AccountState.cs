using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Accounts;

/// <summary>What a session is checked against: the account's stamp and state, and the person it belongs to.</summary>
public sealed record AccountSnapshot(string? SecurityStamp, bool IsDeactivated, int? PersonId);

/// <summary>
/// Who may hold a session. Sign-in asks <see cref="IsConfirmedAsync"/> (Identity's "confirmed account" check:
/// a password chosen and the account not deactivated). Every request with a session cookie runs
/// <see cref="ValidateAsync"/> against the account's stamp and state, so a deactivated account, or one whose password
/// or second factor was reset elsewhere, loses its session at the next request. The stamp and state are one indexed
/// read kept in the <see cref="ReadCache"/> under the account's tag (<see cref="PageCacheTags.Account"/>): saving the
/// account evicts it after the commit, in this process at once and in the others on PostgreSQL by NOTIFY; a write that
/// bypasses SaveChanges is seen within <see cref="Lifetime"/>. A session is refused only on a fresh read, so a stale
/// value never signs anyone out.
/// </summary>
public sealed class AccountState : IUserConfirmation<AppUser>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult(user is { IsDeactivated: false, PasswordHash: not null });

    public static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> identityCheck)
    {
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        var ct = context.HttpContext.RequestAborted;
        if (userId is null
            || (!Holds(await OfAsync(services, userId, ct), stamp) && !Holds(await OfAsync(services, userId, ct, fresh: true), stamp)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // Identity's own validator rebuilds the principal (roles) once its interval has passed, and does nothing before:
        // its test is made here, so that a request in between does not build a SignInManager and a UserManager for nothing.
        var stampOptions = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var issued = context.Properties.IssuedUtc;
        if (issued is null || (stampOptions.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued.Value > stampOptions.ValidationInterval)
            await identityCheck(context);
    }

    /// <summary>The person of the composition a signed-in account belongs to; null for staff accounts and visitors.</summary>
    public static async Task<int?> PersonIdOfAsync(IServiceProvider services, ClaimsPrincipal user, CancellationToken ct) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? (await OfAsync(services, userId, ct))?.PersonId : null;

    private static bool Holds(AccountSnapshot? account, string? stamp) =>
        account is { IsDeactivated: false } && account.SecurityStamp == stamp;

    private static Task<AccountSnapshot?> OfAsync(IServiceProvider services, string userId, CancellationToken ct, bool fresh = false) =>
        services.GetRequiredService<ReadCache>().GetOrReadAsync(PageCacheTags.Account(userId), userId, Lifetime,
            token => services.GetRequiredService<AppDb>().Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new AccountSnapshot(u.SecurityStamp, u.DeactivatedAt != null, u.PersonId))
                .SingleOrDefaultAsync(token),
            ct, fresh);
}
