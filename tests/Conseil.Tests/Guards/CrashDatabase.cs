using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Guards;

/// <summary>What the crash test reads straight from the database, beside the server.</summary>
internal static class CrashDatabase
{
    private const string Prefix = "Crash-";

    private static AppDb Open(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, database.Provider, database.ConnectionString);
        return new AppDb(options.Options, new SystemActor(), TimeProvider.System);
    }

    public static async Task<Dictionary<Guid, int>> CountPeopleByKeyAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = Open(database);
        var names = await db.People.AsNoTracking().Where(p => p.FamilyName.StartsWith(Prefix)).Select(p => p.FamilyName).ToListAsync(ct);
        return names.GroupBy(n => Guid.Parse(n[Prefix.Length..])).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>
    /// SQLite's own integrity and foreign key checks; on both providers, the write, its audit entry and its
    /// idempotency record agree: each crash person was created once in the audit log and answered once.
    /// </summary>
    public static async Task<List<string>> ProblemsAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = Open(database);
        var problems = new List<string>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var integrity = await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS \"Value\" FROM pragma_integrity_check").ToListAsync(ct);
            if (integrity is not ["ok"]) problems.Add("integrity_check : " + string.Join(" ; ", integrity));
            var foreignKeys = await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync(ct);
            if (foreignKeys.Count > 0) problems.Add("foreign_key_check : " + string.Join(", ", foreignKeys));
        }

        var people = await db.People.AsNoTracking().Where(p => p.FamilyName.StartsWith(Prefix)).Select(p => p.Id).ToListAsync(ct);
        var allPeople = (await db.People.AsNoTracking().Select(p => p.Id).ToListAsync(ct)).Select(id => id.ToString()).ToHashSet();
        var created = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Person" && e.Action == "Création").Select(e => e.EntityId).ToListAsync(ct);
        var creations = created.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        problems.AddRange(people.Where(id => creations.GetValueOrDefault(id.ToString()) != 1)
            .Select(id => $"personne {id} : {creations.GetValueOrDefault(id.ToString())} entrées d'audit de création"));
        problems.AddRange(created.Where(id => !allPeople.Contains(id)).Select(id => $"entrée d'audit orpheline : personne {id}"));

        var answered = await db.IdempotencyRecords.AsNoTracking().CountAsync(r => r.Path == "/api/people" && r.StatusCode == 201, ct);
        if (answered != people.Count) problems.Add($"{people.Count} personnes mais {answered} réponses enregistrées");
        return problems;
    }
}
