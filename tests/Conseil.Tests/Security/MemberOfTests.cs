using System.Security.Claims;
using Conseil.Tests.Features.Composition;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Security;

/// <summary>The resource-based check of private spaces (policy Members, MemberOfHandler): members in, everyone else out.</summary>
public sealed class MemberOfTests : AppTest
{
    private sealed record Space(params int[] Members) : IHasMembers
    {
        public bool HasMember(int personId) => Members.Contains(personId);
    }

    private async Task<bool> AllowedAsync(ClaimsPrincipal user, object? resource)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, resource, Policies.Members)).Succeeded;
    }

    private static ClaimsPrincipal SignedIn(string userId, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, role), new Claim("amr", "mfa")], "Test"));

    private Task<(string UserId, int PersonId)> MemberAsync() => QueryAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == DemoContent.MemberEmail, Ct);
        return (user.Id, user.PersonId!.Value);
    });

    [Fact]
    public async Task A_member_of_the_space_is_allowed()
    {
        var (userId, personId) = await MemberAsync();
        (await AllowedAsync(SignedIn(userId, Roles.Member), new Space(personId, 999))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_member_outside_the_space_is_refused()
    {
        var (userId, personId) = await MemberAsync();
        var other = await QueryAsync(async db =>
        {
            var person = CompositionBuilders.Person("Autre", "Personne");
            db.People.Add(person);
            await db.SaveChangesAsync(Ct);
            return person.Id;
        });
        (await AllowedAsync(SignedIn(userId, Roles.Member), new Space(other))).ShouldBeFalse();
        (await AllowedAsync(SignedIn(userId, Roles.Member), new Space(personId))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_role_alone_opens_no_space()
    {
        var secretariat = await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct));
        (await AllowedAsync(SignedIn(secretariat, Roles.Secretariat), new Space(1, 2, 3))).ShouldBeFalse();
        (await AllowedAsync(SignedIn("compte-inconnu", Roles.Administrator), new Space(1, 2, 3))).ShouldBeFalse();
    }

    [Fact]
    public async Task Without_a_resource_or_a_signed_in_user_the_check_fails_closed()
    {
        var (userId, personId) = await MemberAsync();
        (await AllowedAsync(SignedIn(userId, Roles.Member), null)).ShouldBeFalse();
        (await AllowedAsync(SignedIn(userId, Roles.Member), new object())).ShouldBeFalse();
        (await AllowedAsync(new ClaimsPrincipal(new ClaimsIdentity()), new Space(personId))).ShouldBeFalse();
    }
}
