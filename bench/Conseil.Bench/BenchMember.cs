using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Bench;

/// <summary>
/// The accounts bench/run signs in with (curl, then wrk with the session cookie), to measure the pages a member
/// reads (the workspace home, /composition rendered: signed-in visitors bypass the output cache, a dossier of their
/// group) and the secretariat's (the dossiers' dashboard). The member role needs no second factor; the secretariat's
/// account has a known authenticator key, whose code `Conseil.Bench totp` computes.
/// </summary>
internal static class BenchMember
{
    public const string Email = "membre@bench.test";
    public const string Password = "banc-d-essai-membre";
    public const string SecretariatEmail = "secretariat@bench.test";

    /// <summary>Creates both accounts; returns the member's person and the secretariat's authenticator key.</summary>
    public static async Task<(int PersonId, string SecretariatKey)> CreateAsync(IServiceProvider services)
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

        var staff = new AppUser { UserName = SecretariatEmail, Email = SecretariatEmail, EmailConfirmed = true, DisplayName = "Secrétariat (banc d'essai)" };
        created = await users.CreateAsync(staff, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(staff, Roles.Secretariat);
        await users.ResetAuthenticatorKeyAsync(staff);
        await users.SetTwoFactorEnabledAsync(staff, true);
        return (person.Id, (await users.GetAuthenticatorKeyAsync(staff))!);
    }
}
