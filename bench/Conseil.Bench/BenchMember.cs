using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Bench;

/// <summary>
/// The member account bench/run signs in with (curl, then wrk with its session cookie), to measure the pages a
/// member reads: the workspace home, and /composition rendered (signed-in visitors bypass the output cache).
/// The member role needs no second factor.
/// </summary>
internal static class BenchMember
{
    public const string Email = "membre@bench.test";
    public const string Password = "banc-d-essai-membre";

    public static async Task CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetLocalNow().Date);
        var person = await db.Mandates.Where(m => m.Status == Conseil.Web.Features.Composition.MandateStatus.Active
                && m.StartDate <= today && today <= m.EndDate)
            .OrderBy(m => m.Id).Select(m => m.Person).FirstAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = person.FullName, PersonId = person.Id };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Member);
    }
}
