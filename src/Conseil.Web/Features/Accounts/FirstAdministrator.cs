using System.ComponentModel.DataAnnotations;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Identity;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// `create-admin EMAIL`: creates an administration account without a password and prints its single-use
/// invitation link (7 days), for the first administrator of a fresh deployment, which has no demo accounts.
/// Run again for an account still waiting, it prints a new link (the previous one stops working).
/// </summary>
public static class FirstAdministrator
{
    /// <summary>The address after "create-admin" among the arguments (other options such as --contentRoot may come first).</summary>
    public static string? EmailArgument(string[] args)
    {
        var at = Array.IndexOf(args, "create-admin");
        return at < 0 ? null : at + 1 < args.Length ? args[at + 1] : "";
    }

    public static async Task<int> RunAsync(WebApplication app, string email)
    {
        if (!new EmailAddressAttribute().IsValid(email))
        {
            await Console.Error.WriteLineAsync($"« {email} » n'est pas une adresse électronique valide.");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDb>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is { IsInvitationPending: false })
        {
            await Console.Error.WriteLineAsync($"Un compte actif ou désactivé utilise déjà {email} : rien n'a été créé.");
            return 2;
        }
        await using var transaction = await db.JoinOrBeginTransactionAsync();
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, DisplayName = "Administration" };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Join(" ", created.Errors.Select(e => e.Description)));
                return 2;
            }
            await users.AddToRoleAsync(user, Roles.Administrator);
        }
        var token = await services.GetRequiredService<AccountTokens>().IssueAsync(user.Id, AccountTokenPurpose.Invitation, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        var link = services.GetRequiredService<SiteLinks>().Absolute(AccountPaths.SetPasswordLink(token));
        Console.WriteLine($"Compte d'administration créé pour {email}.");
        Console.WriteLine("Ouvrez ce lien (valable 7 jours, une seule fois) pour choisir le mot de passe, puis configurez la double authentification :");
        Console.WriteLine(link);
        return 0;
    }
}
