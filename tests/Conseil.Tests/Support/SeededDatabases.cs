using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Conseil.Tests.Support;

/// <summary>
/// The databases a test host starts from: migrated, with the reference data and (or without) the demo content, made
/// once per test run by a real startup of the application, then copied for each host. Dropped when the run ends.
/// </summary>
public static class SeededDatabases
{
    private static readonly ConcurrentDictionary<bool, Lazy<TestDatabase>> Templates = new();

    static SeededDatabases() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated)) template.Value.Dispose();
    };

    public static TestDatabase CopyFor(bool demoContent) => new(Templates.GetOrAdd(demoContent, demo => new Lazy<TestDatabase>(() => Seed(demo))).Value);

    private static TestDatabase Seed(bool demoContent)
    {
        using var factory = new ConseilFactory { DemoContent = demoContent, FromTemplate = false };
        _ = factory.Services.GetRequiredService<TimeProvider>(); // starts the host: migrations, reference data, demo content
        var template = factory.Detach();
        factory.Dispose();
        NpgsqlConnection.ClearAllPools();
        return template;
    }
}
