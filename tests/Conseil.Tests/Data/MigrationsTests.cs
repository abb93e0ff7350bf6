using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conseil.Tests.Data;

public sealed class MigrationsTests : IDisposable
{
    private readonly TestDatabase database = new();

    private Migrator NewMigrator() =>
        new(new MigrationTarget(database.Provider, database.ConnectionString), NullLogger<Migrator>.Instance);

    private AppDb NewDb()
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, database.Provider, database.ConnectionString);
        return new AppDb(options.Options, new SystemActor(), TimeProvider.System);
    }

    private static IEnumerable<(IEntityType Entity, StoreObjectIdentifier Table)> MappedTables(AppDb db) =>
        db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .Select(e => (e, StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema())));

    [Fact]
    public async Task Migrated_schema_has_every_table_and_column_of_the_model_with_its_nullability()
    {
        await NewMigrator().MigrateAsync(TestContext.Current.CancellationToken);
        await using var db = NewDb();
        var schema = await DatabaseSchema.ReadAsync(db.Database.GetDbConnection(), database.Provider);

        var problems = new List<string>();
        foreach (var (entity, table) in MappedTables(db))
        {
            if (!schema.ColumnsNullableByTable.TryGetValue(table.Name, out var columns))
            {
                problems.Add($"table {table.Name} absente");
                continue;
            }
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(table)!;
                if (!columns.TryGetValue(column, out var nullable)) problems.Add($"colonne {table.Name}.{column} absente");
                else if (nullable != property.IsColumnNullable(table)) problems.Add($"colonne {table.Name}.{column} : nullable={nullable}");
            }
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Migrated_schema_has_every_index_of_the_model_with_its_uniqueness()
    {
        await NewMigrator().MigrateAsync(TestContext.Current.CancellationToken);
        await using var db = NewDb();
        var schema = await DatabaseSchema.ReadAsync(db.Database.GetDbConnection(), database.Provider);

        var expected = MappedTables(db)
            .SelectMany(t => t.Entity.GetIndexes().Select(i => (Name: i.GetDatabaseName(t.Table)!, i.IsUnique)))
            .ToList();
        expected.ShouldNotBeEmpty();
        var problems = expected
            .Where(i => !schema.UniqueByIndex.TryGetValue(i.Name, out var unique) || unique != i.IsUnique)
            .Select(i => $"index {i.Name} (unique={i.IsUnique}) absent ou différent")
            .ToList();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_entity_of_the_model_is_readable_after_migration()
    {
        await NewMigrator().MigrateAsync(TestContext.Current.CancellationToken);
        await using var db = NewDb();
        var readOne = typeof(MigrationsTests).GetMethod(nameof(ReadOneAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

        var entities = db.Model.GetEntityTypes().Where(e => !e.IsOwned() && !e.HasSharedClrType).ToList();
        entities.Count.ShouldBeGreaterThan(10);
        foreach (var entity in entities)
        {
            await (Task)readOne.MakeGenericMethod(entity.ClrType).Invoke(null, [db])!;
        }
    }

    private static async Task ReadOneAsync<T>(AppDb db) where T : class => await db.Set<T>().Take(1).ToListAsync();

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        var first = await NewMigrator().MigrateAsync(TestContext.Current.CancellationToken);
        var second = await NewMigrator().MigrateAsync(TestContext.Current.CancellationToken);

        first.Count.ShouldBe(Migrator.Available(database.Provider).Count);
        second.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_migrators_started_together_apply_each_migration_once()
    {
        var results = await Task.WhenAll(
            Task.Run(() => NewMigrator().MigrateAsync(TestContext.Current.CancellationToken)),
            Task.Run(() => NewMigrator().MigrateAsync(TestContext.Current.CancellationToken)));

        var available = Migrator.Available(database.Provider).Select(m => m.Name).ToList();
        results.SelectMany(r => r).Order(StringComparer.Ordinal).ShouldBe(available);
        await using var db = NewDb();
        var recorded = await db.Database.SqlQueryRaw<string>("SELECT version AS \"Value\" FROM schema_migrations").ToListAsync(TestContext.Current.CancellationToken);
        recorded.Order(StringComparer.Ordinal).ShouldBe(available.Select(n => n.Split('_')[0]));
    }

    public void Dispose() => database.Dispose();
}
