using Conseil.Web.Data.Seed;

namespace Conseil.Web.Data;

public static class DatabaseStartup
{
    /// <summary>Migrates the schema, then loads reference data and (unless switched off) the demo content.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Migrator>().MigrateAsync();
        await ReferenceData.LoadAsync(scope.ServiceProvider);
        if (app.Configuration.GetValue("Conseil:DemoContent", true))
        {
            await DemoContent.LoadAsync(scope.ServiceProvider);
        }
    }
}
