using System.Collections;
using System.Reflection;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Guards;

/// <summary>
/// Every entity of the EF model with a foreign key to Person is declared by its feature (AddPersonLinkedData: the
/// list of the access export, the erasure rule, the retention rule), and the export and the erasure do what the
/// declaration says. Meetings, votes, surveys and ethics questions will add such entities: none can be forgotten.
/// </summary>
public sealed class PersonalDataCoverageTests : AppTest
{
    private List<PersonLinkedData> Declared => Factory.Services.GetServices<PersonLinkedData>().ToList();

    private static List<IEntityType> PointingToAPerson(AppDb db) => db.Model.GetEntityTypes()
        .Where(t => t.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Person))).ToList();

    [Fact]
    public async Task Every_entity_with_a_foreign_key_to_a_person_is_declared()
    {
        var linked = await QueryAsync(db => Task.FromResult(PointingToAPerson(db).Select(t => t.ClrType).ToList()));
        var declared = Declared.Select(d => d.Entity).ToHashSet();

        linked.ShouldNotBeEmpty();
        var missing = linked.Where(t => !declared.Contains(t)).Select(t => t.Name).ToList();
        missing.ShouldBeEmpty("Ces entités désignent une personne sans dire comment l'export, l'effacement et la conservation "
            + "les traitent : déclarez-les par AddPersonLinkedData dans le fichier Feature de leur fonctionnalité.");
        declared.Count.ShouldBe(Declared.Count); // one declaration per entity
        Declared.ShouldAllBe(d => Enum.IsDefined(d.Erasure) && Enum.IsDefined(d.Retention));
    }

    [Fact]
    public async Task The_access_export_holds_the_rows_of_every_declared_entity()
    {
        foreach (var declaration in Declared)
        {
            var list = typeof(PersonExport).GetProperty(declaration.ExportedAs);
            list.ShouldNotBeNull($"{declaration.Entity.Name} : PersonExport n'a pas de liste {declaration.ExportedAs}");
            var personId = await PersonWithRowsAsync(declaration.Entity);
            await using var scope = Factory.Services.CreateAsyncScope();
            var export = await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().ForAsync(personId, Ct);
            ((IEnumerable)list.GetValue(export)!).Cast<object>()
                .ShouldNotBeEmpty($"L'export de la personne {personId} ne contient pas ses lignes de {declaration.Entity.Name}");
        }
    }

    [Fact]
    public async Task Erasure_keeps_or_deletes_the_rows_of_every_declared_entity_as_declared()
    {
        foreach (var declaration in Declared)
        {
            var personId = await PersonWithRowsAsync(declaration.Entity);
            await using (var scope = Factory.Services.CreateAsyncScope())
                (await scope.ServiceProvider.GetRequiredService<PersonErasure>().EraseAsync(personId, Ct)).ShouldBeTrue();

            var left = await RowsOfAsync(declaration.Entity, personId);
            if (declaration.Erasure == ErasureRule.Deleted) left.ShouldBe(0, declaration.Entity.Name);
            else left.ShouldBeGreaterThan(0, declaration.Entity.Name);
        }
    }

    private async Task<int> PersonWithRowsAsync(Type entity)
    {
        var ids = await QueryAsync(db => PersonIdsAsync(db, entity));
        ids.ShouldNotBeEmpty($"Aucune ligne de {entity.Name} dans les données de démonstration : ajoutez-en une pour ce test");
        return ids.Min();
    }

    private Task<int> RowsOfAsync(Type entity, int personId) =>
        QueryAsync(async db => (await PersonIdsAsync(db, entity)).Count(id => id == personId));

    private static Task<List<int>> PersonIdsAsync(AppDb db, Type entity)
    {
        var type = db.Model.FindEntityType(entity)!;
        var key = type.GetForeignKeys().First(fk => fk.PrincipalEntityType.ClrType == typeof(Person)).Properties.Single().Name;
        var query = typeof(PersonalDataCoverageTests).GetMethod(nameof(IdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entity);
        return (Task<List<int>>)query.Invoke(null, [db, key])!;
    }

    private static async Task<List<int>> IdsAsync<T>(AppDb db, string key) where T : class =>
        (await db.Set<T>().Select(e => EF.Property<int?>(e, key)).Where(id => id != null).ToListAsync(Ct)).Select(id => id!.Value).ToList();
}
