using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.Search;

namespace Conseil.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Migrates the schema, then loads reference data and, in Development and tests only, the demo content
    /// (Conseil:DemoContent; Conseil:DemoAccounts=false leaves out its accounts). Elsewhere it refuses to start
    /// with demo content or demo accounts (<see cref="DemoSafety"/>).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Migrator>().MigrateAsync();
        await SearchKeys.BackfillAsync<Person>(scope.ServiceProvider.GetRequiredService<AppDb>(), CancellationToken.None);
        await ReferenceData.LoadAsync(scope.ServiceProvider);
        await DemoSafety.CheckAsync(app.Environment, app.Configuration, scope.ServiceProvider.GetRequiredService<AppDb>());
        if (app.Configuration.GetValue("Conseil:DemoContent", false))
        {
            await DemoContent.LoadAsync(scope.ServiceProvider, app.Configuration.GetValue("Conseil:DemoAccounts", true));
            foreach (var content in scope.ServiceProvider.GetServices<IFeatureDemoContent>())
                await content.LoadAsync(scope.ServiceProvider, CancellationToken.None);
        }
    }
}
