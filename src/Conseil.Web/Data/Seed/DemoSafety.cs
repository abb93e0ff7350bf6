using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Data.Seed;

/// <summary>
/// The demo content and its accounts, whose password the README prints, belong to Development (what
/// `dotnet run` uses) and to the tests. Anywhere else the application refuses to start with them.
/// </summary>
public static class DemoSafety
{
    public static readonly string[] DemoAccounts = [DemoContent.AdministratorEmail, DemoContent.SecretariatEmail, DemoContent.MemberEmail];

    public static bool Allows(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public static async Task CheckAsync(IHostEnvironment environment, IConfiguration configuration, AppDb db)
    {
        if (Allows(environment)) return;
        if (configuration.GetValue("Conseil:DemoContent", false))
            throw new InvalidOperationException(
                $"Le contenu de démonstration (Conseil:DemoContent) n'est permis qu'en développement ; l'environnement est « {environment.EnvironmentName} ».");
        var normalized = DemoAccounts.Select(e => e.ToUpperInvariant()).ToList();
        if (await db.Users.AnyAsync(u => normalized.Contains(u.NormalizedEmail!)))
            throw new InvalidOperationException(
                "Des comptes de démonstration (…@conseil.test, mot de passe publié) existent dans cette base : supprimez-les avant de démarrer hors développement. " +
                "Le premier administrateur se crée avec la commande create-admin (voir le README).");
    }
}
