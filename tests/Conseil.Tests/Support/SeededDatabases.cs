using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Conseil.Tests.Support;

/// <summary>
/// The databases a test host starts from: migrated, with the reference data and (or without) the demo content and the
/// files it stores, made once per test run by a real startup of the application, then copied for each host. Dropped
/// when the run ends.
/// </summary>
public static class SeededDatabases
{
    private sealed record Template(TestDatabase Database, string Files);

    private static readonly ConcurrentDictionary<bool, Lazy<Template>> Templates = new();

    static SeededDatabases() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated).Select(t => t.Value))
        {
            template.Database.Dispose();
            if (Directory.Exists(template.Files)) Directory.Delete(template.Files, recursive: true);
        }
    };

    /// <summary>A copy of the seeded database, its stored files copied into <paramref name="filesFolder"/>.</summary>
    public static TestDatabase CopyFor(bool demoContent, string filesFolder)
    {
        var template = Templates.GetOrAdd(demoContent, demo => new Lazy<Template>(() => Seed(demo))).Value;
        if (Directory.Exists(template.Files))
        {
            foreach (var file in Directory.EnumerateFiles(template.Files, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(filesFolder, Path.GetRelativePath(template.Files, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        return new TestDatabase(template.Database);
    }

    private static Template Seed(bool demoContent)
    {
        using var factory = new ConseilFactory { DemoContent = demoContent, FromTemplate = false };
        _ = factory.Services.GetRequiredService<TimeProvider>(); // starts the host: migrations, reference data, demo content
        var (database, files) = factory.Detach();
        factory.Dispose();
        NpgsqlConnection.ClearAllPools();
        return new Template(database, files);
    }
}
