using Conseil.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Data;

/// <summary>
/// `dotnet run --project src/Conseil.Web -- schema-script sqlite|postgres` prints the schema EF expects,
/// the starting point for a new migration file (EF's design-time tools do not install here).
/// </summary>
public static class SchemaScript
{
    public static int Print(string provider)
    {
        Console.WriteLine(Generate(Enum.Parse<DatabaseProvider>(provider, ignoreCase: true)));
        return 0;
    }

    public static string Generate(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, provider,
            provider == DatabaseProvider.Postgres ? "Host=localhost" : "Data Source=:memory:");
        using var db = new AppDb(options.Options, new SystemActor(), TimeProvider.System);
        return db.Database.GenerateCreateScript();
    }
}
