using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Conseil.Web.Infrastructure.Audit;

/// <summary>
/// Captures every added, changed or deleted entity before a save, and turns it into
/// <see cref="AuditEntry"/> rows once the database has given new rows their keys.
/// </summary>
public static class Auditor
{
    // Secrets, Identity's churn (stamps rewritten at each sign-in) and keys derived from logged fields never reach the log.
    private static readonly HashSet<string> Hidden =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "TokenHash", "SearchKey"];

    // Accented text stays readable in the stored JSON; <, >, & and quotes are still escaped.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static List<PendingAudit> Collect(DbContext db)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
            throw new InvalidOperationException("Le journal d'audit ne peut être ni modifié ni effacé.");
        return changed
            // The outbox is a delivery queue, not a record of the council: its bodies may hold one-time links and names.
            .Where(e => e.Entity is not AuditEntry and not IdentityUserToken<string> and not Idempotency.IdempotencyRecord and not Mail.OutboxMessage)
            .Select(e => new PendingAudit(e, e.State,
                e.State == EntityState.Added ? null : Serialize(e, p => p.OriginalValue),
                // New rows are serialized after the save, once their keys and foreign keys are real.
                e.State is EntityState.Deleted or EntityState.Added ? null : Serialize(e, p => p.CurrentValue)))
            .Where(p => p.State != EntityState.Modified || p.After != "{}")
            .ToList();
    }

    private static string Serialize(EntityEntry e, Func<PropertyEntry, object?> value)
    {
        var values = e.Properties
            .Where(p => !Hidden.Contains(p.Metadata.Name) && !p.Metadata.IsPrimaryKey())
            .Where(p => e.State != EntityState.Modified || p.IsModified)
            .ToDictionary(p => p.Metadata.Name, value);
        return JsonSerializer.Serialize(values, Json);
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
