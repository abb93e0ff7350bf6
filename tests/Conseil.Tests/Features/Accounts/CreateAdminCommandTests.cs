using System.Diagnostics;
using System.Net.Http;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Accounts;

/// <summary>The first administrator of a fresh production deployment comes from `create-admin EMAIL`.</summary>
public sealed class CreateAdminCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, string email)
    {
        var web = Path.Combine(AppProcess.RepositoryRoot(), "src", "Conseil.Web");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { AppProcess.WebAssembly(web), "--contentRoot", web, "create-admin", email }) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Conseil"] = database.ConnectionString;
        start.Environment["Conseil__SiteUrl"] = "https://conseil.exemple.fr";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(90)); // a command that serves instead of exiting must fail, not hang
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("create-admin ne s'est pas terminé : " + await output);
        }
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Create_admin_makes_an_administration_account_and_prints_a_single_use_link()
    {
        using var database = new TestDatabase();

        var (exitCode, output) = await RunAsync(database, "premiere.admin@exemple.fr");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("https://conseil.exemple.fr/mot-de-passe/definir?jeton=");
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, database.Provider, database.ConnectionString);
        await using var db = new AppDb(options.Options, new Conseil.Web.Infrastructure.Audit.SystemActor(), TimeProvider.System);
        var user = await db.Users.SingleAsync(u => u.Email == "premiere.admin@exemple.fr", TestContext.Current.CancellationToken);
        user.PasswordHash.ShouldBeNull();
        var role = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync(TestContext.Current.CancellationToken);
        role.ShouldBe(Roles.Administrator);
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);

        var (again, refusal) = await RunAsync(database, "pas-une-adresse");
        again.ShouldBe(2);
        refusal.ShouldContain("n'est pas une adresse électronique valide");
    }
}
