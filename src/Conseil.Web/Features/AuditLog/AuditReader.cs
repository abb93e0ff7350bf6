using System.Text.Json;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Labels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Conseil.Web.Features.AuditLog;

/// <summary>One change of a field, in words: "Date de fin : 31 décembre 2027 → 30 juin 2026".</summary>
public sealed record AuditChange(string Field, string? Before, string? After)
{
    /// <summary>A secret's value is never stored: the line says only that it changed ("Mot de passe modifié").</summary>
    public bool Secret { get; init; }
}

/// <summary>An entry of the journal as a secretariat agent reads it: French type, the record in words, its changes.</summary>
public sealed record AuditLine(AuditEntry Entry, string Type, string Record, IReadOnlyList<AuditChange> Changes);

/// <summary>
/// Turns stored entries (technical names, JSON of values) into French: labels from <see cref="RecordLabels"/>,
/// values as words (oui/non, "Titulaire", dates in Paris time), people and accounts by today's name, unchanged fields left out.
/// </summary>
public sealed class AuditReader(AppDb db)
{
    private const string Empty = "vide";

    /// <summary>The entity type of a stored name ("Mandate", "IdentityUserRole`1"), when the model still has it.</summary>
    public IEntityType? EntityType(string name) => db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == name);

    /// <summary>"Mandat", "Rôle d'un compte"; "Enregistrement" for a type the model no longer has.</summary>
    public string TypeName(string name) =>
        EntityType(name) is { } type ? RecordLabels.TypeName(type.ClrType) ?? "Enregistrement" : RecordLabels.TypeName(KnownType(name)) ?? "Enregistrement";

    // The retention rules record purges of the log and the outbox, which are not audited entities of the model.
    private static Type KnownType(string name) =>
        name == nameof(AuditEntry) ? typeof(AuditEntry) : name == nameof(Infrastructure.Mail.OutboxMessage) ? typeof(Infrastructure.Mail.OutboxMessage) : typeof(object);

    public async Task<IReadOnlyList<AuditLine>> ReadAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var lines = entries.Select(Line).ToList();
        var texts = lines.SelectMany(l => l.Changes.SelectMany(c => new[] { c.Before, c.After }).Append(l.Record)).ToList();
        var placeholders = await PlaceholdersAsync(texts, ct);
        return lines.Select(l => l with
        {
            Record = placeholders.Resolve(l.Record),
            Changes = l.Changes.Select(c => c with
            {
                Before = c.Before is null ? null : placeholders.Resolve(c.Before),
                After = c.After is null ? null : placeholders.Resolve(c.After),
            }).ToList(),
        }).ToList();
    }

    private AuditLine Line(AuditEntry entry)
    {
        var type = EntityType(entry.EntityType);
        var typeName = TypeName(entry.EntityType);
        return new(entry, typeName, entry.Label ?? Fallback(entry, typeName), Changes(entry, type));
    }

    // Entries written before records were named at save time (or by the retention rules) are named from their key.
    private static string Fallback(AuditEntry entry, string typeName) => entry.EntityType switch
    {
        nameof(Person) when int.TryParse(entry.EntityId, out var id) => "Fiche " + RecordNaming.OfPerson(id),
        nameof(AppUser) => "Compte " + RecordNaming.OfAccount(entry.EntityId),
        _ => entry.EntityId.All(char.IsAsciiDigit) ? $"{typeName} n° {entry.EntityId}" : typeName,
    };

    private static List<AuditChange> Changes(AuditEntry entry, IEntityType? type)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        var changes = new List<AuditChange>();
        foreach (var key in before.Keys.Union(after.Keys))
        {
            var property = type?.FindProperty(key);
            var label = type is null ? key : RecordLabels.FieldName(type.ClrType, key) ?? "Autre champ";
            if (Auditor.IsSecret(key))
            {
                changes.Add(new(label, null, null) { Secret = true });
                continue;
            }
            var old = before.TryGetValue(key, out var b) ? Value(property, b) : null;
            var @new = after.TryGetValue(key, out var a) ? Value(property, a) : null;
            // Entries written before 0009 hold every column of a save, changed or not.
            if (before.ContainsKey(key) && after.ContainsKey(key) && old == @new) continue;
            changes.Add(new(label, old, @new));
        }
        return changes;
    }

    private static Dictionary<string, JsonElement> Parse(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? [];

    /// <summary>A stored value in words, by the type of its property.</summary>
    public static string Value(IProperty? property, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null) return Empty;
        var type = property is null ? null : Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var text = value.ToString();
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean() ? "oui" : "non";
        if (property?.GetContainingForeignKeys().Select(fk => fk.PrincipalEntityType.ClrType).FirstOrDefault() is { } principal)
        {
            if (principal == typeof(Person) && int.TryParse(text, out var person)) return RecordNaming.Person(person);
            if (principal == typeof(AppUser)) return RecordNaming.Account(text);
        }
        if (type is { IsEnum: true } && Enum.TryParse(type, text, out var member)) return RecordLabels.Words((Enum)member!);
        if (type == typeof(DateOnly) && DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var day)) return FrenchDates.Day(day);
        if (type == typeof(DateTime) && value.TryGetDateTime(out var moment)) return FrenchDates.Moment(moment);
        if (type == typeof(DateTimeOffset) && value.TryGetDateTimeOffset(out var offset)) return FrenchDates.Moment(offset.UtcDateTime);
        return text.Length == 0 ? Empty : text;
    }

    private async Task<RecordPlaceholders> PlaceholdersAsync(List<string?> texts, CancellationToken ct)
    {
        var peopleIds = RecordPlaceholders.PeopleIn(texts).ToList();
        var accountIds = RecordPlaceholders.AccountsIn(texts).ToList();
        var people = peopleIds.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => peopleIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        var accounts = accountIds.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => accountIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email, Person = db.People.Where(p => p.Id == u.PersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefault() })
            .ToDictionaryAsync(u => u.Id, u => u.Person ?? (u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? "compte sans nom"), ct);
        return new(people, accounts);
    }
}
