using Microsoft.AspNetCore.Authorization;

namespace Conseil.Web.Features.Accounts;

/// <summary>A resource that knows its members by person: a private space, a working group, a dossier's readers.</summary>
public interface IHasMembers
{
    bool HasMember(int personId);
}

/// <summary>The signed-in account belongs to a person who is a member of the resource (policy <see cref="Policies.Members"/>).</summary>
public sealed class MemberOfRequirement : IAuthorizationRequirement;

/// <summary>
/// The resource-based check of private spaces: <c>await authorization.AuthorizeAsync(User, space, Policies.Members)</c>.
/// Fails closed: no resource, no account, an account tied to no person (staff) or a person outside the space is refused;
/// a role alone opens nothing. Who may administer a space is a separate policy, not a shortcut here.
/// </summary>
public sealed class MemberOfHandler(IServiceProvider services) : AuthorizationHandler<MemberOfRequirement, IHasMembers>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MemberOfRequirement requirement, IHasMembers resource)
    {
        if (await services.PersonIdOfAsync(context.User, CancellationToken.None) is { } personId && resource.HasMember(personId))
            context.Succeed(requirement);
    }
}
