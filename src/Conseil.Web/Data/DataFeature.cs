using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Data;

public static class DataFeature
{
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (string.IsNullOrWhiteSpace(options.ConnectionString)) options.ConnectionString = builder.Configuration.GetConnectionString("Conseil");
        var connectionString = options.ResolveConnectionString(builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActor, HttpAuditActor>();
        // Options built once: scoped options (the default) re-run Configure and EF's option checks per request.
        builder.Services.AddPageCacheEviction(options.Provider);
        builder.Services.AddDbContext<AppDb>((services, db) =>
        {
            Configure(db, options.Provider, connectionString);
            db.AddInterceptors(services.GetRequiredService<PageCacheInvalidation>());
        }, optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddSingleton(new MigrationTarget(options.Provider, connectionString));
        builder.Services.AddTransient<Migrator>();
        return builder;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            db.UseNpgsql(connectionString).AddInterceptors(new ConnectionPerContext());
        }
        else
        {
            db.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(), new ConnectionPerContext());
        }
    }
}

public sealed record MigrationTarget(DatabaseProvider Provider, string ConnectionString);
