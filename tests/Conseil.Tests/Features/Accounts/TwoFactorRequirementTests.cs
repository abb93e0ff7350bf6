using System.Security.Claims;
using Conseil.Web.Features.Accounts;
using Conseil.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Accounts;

/// <summary>The requirement both workspace policies carry, evaluated the way the framework does.</summary>
public sealed class TwoFactorRequirementTests
{
    private static readonly AuthorizationPolicy WorkspacePolicy =
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new TwoFactorRequirement()).Build();

    private static ClaimsPrincipal User(string role, bool secondFactor)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Role, role)];
        if (secondFactor) claims.Add(new Claim("amr", "mfa"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }

    private static async Task<bool> Allowed(ClaimsPrincipal user)
    {
        var requirement = new TwoFactorRequirement();
        var context = new AuthorizationHandlerContext(WorkspacePolicy.Requirements, user, null);
        await requirement.HandleAsync(context);
        return context.Requirements.OfType<TwoFactorRequirement>().All(r => !context.PendingRequirements.Contains(r));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Secretariat)]
    public async Task Staff_need_a_second_factor_in_the_session(string role)
    {
        (await Allowed(User(role, secondFactor: false))).ShouldBeFalse();
        (await Allowed(User(role, secondFactor: true))).ShouldBeTrue();
        TwoFactorRequirement.IsMissing(User(role, secondFactor: false)).ShouldBeTrue();
    }

    [Fact]
    public async Task Members_do_not_need_a_second_factor()
    {
        (await Allowed(User(Roles.Member, secondFactor: false))).ShouldBeTrue();
        TwoFactorRequirement.IsMissing(User(Roles.Member, secondFactor: false)).ShouldBeFalse();
    }

    [Fact]
    public async Task Anonymous_visitors_do_not_satisfy_it()
    {
        (await Allowed(new ClaimsPrincipal(new ClaimsIdentity()))).ShouldBeFalse();
    }

    [Fact]
    public async Task Both_workspace_policies_of_the_application_carry_it()
    {
        using var factory = new ConseilFactory { DemoContent = false };
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();

        foreach (var policy in new[] { Policies.Workspace, Policies.Secretariat })
        {
            (await authorization.AuthorizeAsync(User(Roles.Secretariat, secondFactor: false), policy)).Succeeded.ShouldBeFalse(policy);
            (await authorization.AuthorizeAsync(User(Roles.Secretariat, secondFactor: true), policy)).Succeeded.ShouldBeTrue(policy);
        }
        (await authorization.AuthorizeAsync(User(Roles.Member, secondFactor: false), Policies.Workspace)).Succeeded.ShouldBeTrue();
    }
}
