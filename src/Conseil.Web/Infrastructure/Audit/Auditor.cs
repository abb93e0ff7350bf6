using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Conseil.Web.Infrastructure.Labels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Conseil.Web.Infrastructure.Audit;

/// <summary>
/// Captures every added, changed or deleted entity before a save, and turns it into
/// <see cref="AuditEntry"/> rows once the database has given new rows their keys.
/// </summary>
public static class Auditor
{
    // Identity's churn (stamps rewritten at each sign-in and each save) and keys derived from logged fields
    // never reach the log.
    private static readonly HashSet<string> Hidden = ["SecurityStamp", "ConcurrencyStamp", "Value", "TokenHash", "SearchKey"];

    // Secrets: the log says that they changed, never their value.
    private static readonly HashSet<string> Secrets = ["PasswordHash", "UnsubscribeToken"];

    /// <summary>What the log stores instead of a secret's value.</summary>
    public const string SecretChanged = "[secret]";

    // Accented text stays readable in the stored JSON; <, >, & and quotes are still escaped.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Records that are not the council's: the outbox and the news waiting for a daily digest are delivery queues
    /// (bodies may hold one-time links and names), the key ring holds keys, tokens are secrets, idempotency records
    /// are replays.
    /// </summary>
    public static bool IsAudited(Type type) =>
        type != typeof(AuditEntry) && type != typeof(IdentityUserToken<string>) && type != typeof(Idempotency.IdempotencyRecord)
        && type != typeof(Mail.OutboxMessage) && type != typeof(Mail.OutboxAttachment) && type != typeof(DataProtection.DataProtectionKey)
        && type != typeof(Features.Notifications.PendingNotification);

    /// <summary>The fields the log shows a change of (keys name the record instead).</summary>
    public static bool IsShown(IProperty property) => !Hidden.Contains(property.Name) && !property.IsPrimaryKey();

    public static bool IsSecret(string field) => Secrets.Contains(field);

    public static List<PendingAudit> Collect(DbContext db)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
            throw new InvalidOperationException("Le journal d'audit ne peut être ni modifié ni effacé.");
        return changed
            .Where(e => IsAudited(e.Metadata.ClrType))
            .Select(e => new PendingAudit(e, e.State,
                e.State == EntityState.Added ? null : Serialize(e, p => p.OriginalValue),
                // New rows are serialized after the save, once their keys and foreign keys are real.
                e.State is EntityState.Deleted or EntityState.Added ? null : Serialize(e, p => p.CurrentValue)))
            // Identity updates every column of an account at each sign-in: a save that changed nothing is no entry.
            .Where(p => p.State != EntityState.Modified || p.After != "{}")
            .ToList();
    }

    private static string Serialize(EntityEntry e, Func<PropertyEntry, object?> value)
    {
        var values = e.Properties
            .Where(p => IsShown(p.Metadata))
            .Where(p => e.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
            .Where(p => !Secrets.Contains(p.Metadata.Name) || value(p) is not null)
            .ToDictionary(p => p.Metadata.Name, p => Secrets.Contains(p.Metadata.Name) ? SecretChanged : value(p));
        return JsonSerializer.Serialize(values, Json);
    }

    /// <summary>The entries of a save, once its rows have their keys; each record named in words.</summary>
    public static async Task<List<AuditEntry>> EntriesAsync(
        DbContext db, IEnumerable<PendingAudit> pending, IAuditActor actor, DateTime at, CancellationToken ct)
    {
        var naming = new RecordNaming(db);
        var entries = new List<AuditEntry>();
        foreach (var p in pending)
        {
            var entry = p.ToEntry(actor, at);
            entry.Label = await RecordLabels.NameAsync(p.Entry, naming);
            entries.Add(entry);
        }
        return entries;
    }

    public sealed record PendingAudit(EntityEntry Entry, EntityState State, string? Before, string? After)
    {
        public AuditEntry ToEntry(IAuditActor actor, DateTime at) => new()
        {
            At = at,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = Entry.Metadata.ClrType.Name,
            EntityId = string.Join("/", Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Entry.Property(p.Name).CurrentValue)),
            Action = State switch
            {
                EntityState.Added => "Création",
                EntityState.Deleted => "Suppression",
                _ => "Modification",
            },
            Before = Before,
            After = State == EntityState.Added ? Serialize(Entry, p => p.CurrentValue) : After,
        };
    }
}
