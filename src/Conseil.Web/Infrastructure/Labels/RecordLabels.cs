using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Conseil.Web.Infrastructure.Labels;

/// <summary>
/// The one source of the French names of records and fields, read by the audit log and the register of processing.
/// An entity names itself: <c>[DisplayName("Mandat")]</c> on the class, <c>[Display(Name = "Date de début")]</c> on
/// its properties; the rest comes from each feature's <see cref="IRecordCatalogue"/>. A test fails when an audited
/// type or field has no name.
/// </summary>
public static class RecordLabels
{
    private static readonly RecordCatalogue Catalogue = Load();

    private static RecordCatalogue Load()
    {
        var catalogue = new RecordCatalogue();
        foreach (var type in typeof(RecordLabels).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRecordCatalogue).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
            ((IRecordCatalogue)Activator.CreateInstance(type)!).Declare(catalogue);
        return catalogue;
    }

    /// <summary>"Mandat", "Compte", or null when nobody named the type.</summary>
    public static string? TypeName(Type type) =>
        type.GetCustomAttribute<DisplayNameAttribute>(inherit: false)?.DisplayName ?? Catalogue.Types.GetValueOrDefault(type);

    /// <summary>"Adresse électronique", or null when nobody named the field.</summary>
    public static string? FieldName(Type type, string property)
    {
        if (type.GetProperty(property)?.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } name) return name;
        for (var t = type; t is not null; t = t.BaseType)
            if (Catalogue.Fields.GetValueOrDefault((t, property)) is { } declared) return declared;
        return null;
    }

    /// <summary>Whether the feature gave the words of this enumeration's values.</summary>
    public static bool HasWords(Type enumType) => Catalogue.Words.ContainsKey(enumType);

    /// <summary>"Titulaire", "Femme"; the name itself only for an enumeration nobody gave words (a test forbids it).</summary>
    public static string Words(Enum value) =>
        Catalogue.Words.TryGetValue(value.GetType(), out var words) ? words(value) : value.ToString();

    /// <summary>How the log names a saved record: the feature's words, else "Instance « Nom »" or "Siège n° 12".</summary>
    public static async ValueTask<string> NameAsync(EntityEntry entry, RecordNaming naming)
    {
        var type = entry.Metadata.ClrType;
        if (Catalogue.Names.TryGetValue(type, out var name)) return await name(entry.Entity, naming);
        var label = TypeName(type) ?? type.Name;
        if (entry.Metadata.FindProperty("Name") is { ClrType: var t } && t == typeof(string)
            && entry.Property("Name").CurrentValue is string { Length: > 0 } own)
            return $"{label} « {own} »";
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        return key is [{ ClrType: var k }] && k == typeof(int) ? $"{label} n° {entry.Property(key[0].Name).CurrentValue}" : label;
    }
}
