using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Support;

/// <summary>Accounts written straight to the database, for the tests, the browser journeys and the benchmarks.</summary>
public static class AccountBuilder
{
    /// <summary>
    /// A workspace account of the person, to act as with the X-Test-User header; with a password hash, also a member's
    /// account one signs in to through the real form (the hash taken from an account whose password is known).
    /// </summary>
    public static async Task<string> AddAccountAsync(this AppDb db, Person person, string email, string? passwordHash = null)
    {
        var user = new AppUser
        {
            UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
            DisplayName = person.FullName, PersonId = person.Id, SecurityStamp = Guid.NewGuid().ToString("N"),
            EmailConfirmed = passwordHash is not null, PasswordHash = passwordHash,
        };
        db.Users.Add(user);
        if (passwordHash is not null)
        {
            var member = await db.Roles.Where(r => r.Name == Roles.Member).Select(r => r.Id).SingleAsync();
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = member });
        }
        await db.SaveChangesAsync();
        return user.Id;
    }
}
