using Conseil.Tests.Support;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Tests.Features.AuditLog;

/// <summary>
/// Every record the audit log can show, and every field it can show a change of, has a French name, read from the
/// EF model: a feature that adds an entity, a field or an enumeration without naming it fails here.
/// </summary>
public sealed class RecordLabelsTests : AppTest
{
    [Fact]
    public async Task Every_audited_type_field_and_enumeration_has_french_words()
    {
        var missing = await QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && Auditor.IsAudited(t.ClrType))
            .SelectMany(t => (RecordLabels.TypeName(t.ClrType) is null ? [$"type {t.ClrType.Name}"] : Array.Empty<string>())
                .Concat(t.GetProperties().Where(Auditor.IsShown)
                    .Where(p => RecordLabels.FieldName(t.ClrType, p.Name) is null)
                    .Select(p => $"champ {t.ClrType.Name}.{p.Name}"))
                .Concat(t.GetProperties().Select(p => Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType)
                    .Where(c => c.IsEnum && !RecordLabels.HasWords(c))
                    .Select(c => $"valeurs de {c.Name}")))
            .Distinct()
            .ToList()));

        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_personal_field_of_the_register_has_a_french_name()
    {
        var fields = await QueryAsync(db => Task.FromResult(PersonalDataRegister.Fields(db.Model)));

        fields.ShouldNotBeEmpty();
        fields.Where(f => f.EntityLabel == f.Entity || f.PropertyLabel == f.Property).Select(f => f.Name).ShouldBeEmpty();
    }

    [Fact]
    public void A_type_without_a_name_is_reported()
    {
        RecordLabels.TypeName(typeof(Unnamed)).ShouldBeNull();
        RecordLabels.FieldName(typeof(Unnamed), nameof(Unnamed.Value)).ShouldBeNull();
        RecordLabels.HasWords(typeof(DayOfWeek)).ShouldBeFalse();
    }

    private sealed class Unnamed
    {
        public int Value { get; set; }
    }
}
