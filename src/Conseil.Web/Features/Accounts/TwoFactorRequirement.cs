using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// Administrators and the secretariat must have proved a second factor in this session: Identity adds
/// the claim amr=mfa after a TOTP or recovery-code sign-in, and so does the enrolment page.
/// Being its own handler, it needs no registration.
/// </summary>
public sealed class TwoFactorRequirement : AuthorizationHandler<TwoFactorRequirement>, IAuthorizationRequirement
{
    public const string MethodClaim = "amr";
    public const string MultiFactor = "mfa";

    /// <summary>True when the signed-in user holds a role that needs two factors but this session has only one.</summary>
    public static bool IsMissing(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && Roles.RequiringTwoFactor.Any(user.IsInRole)
        && !user.HasClaim(MethodClaim, MultiFactor);

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && !IsMissing(context.User)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
