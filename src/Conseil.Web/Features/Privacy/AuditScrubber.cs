using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// The only sanctioned rewrite of the append-only audit log: replaces personal values in the Before/After JSON
/// of given rows by "[effacé]". It runs as direct UPDATE statements (ExecuteUpdate), outside the change tracker,
/// so AppDb's guard against modified audit entries stays in force for everything else.
/// </summary>
public static class AuditScrubber
{
    public const string Erased = "[effacé]";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Personal fields of an entity, with the normalised copies Identity keeps of some of them.</summary>
    public static HashSet<string> FieldsOf(AppDb db, string entity) =>
        PersonalDataRegister.Fields(db.Model).Where(f => f.Entity == entity)
            .SelectMany(f => new[] { f.Property, "Normalized" + f.Property })
            .ToHashSet(StringComparer.Ordinal);

    public static async Task ScrubAsync(
        AppDb db, string entity, IReadOnlyCollection<string> ids, IReadOnlySet<string> fields, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entity && ids.Contains(e.EntityId))
            .Select(e => new { e.Id, e.Before, e.After })
            .ToListAsync(ct);
        foreach (var entry in entries)
        {
            var before = Scrub(entry.Before, fields);
            var after = Scrub(entry.After, fields);
            if (before == entry.Before && after == entry.After) continue;
            await db.AuditEntries.Where(e => e.Id == entry.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Before, before).SetProperty(e => e.After, after), ct);
        }
    }

    /// <summary>Replaces the author's name (an e-mail address for accounts) of the entries a deleted account wrote.</summary>
    public static Task ScrubAuthorAsync(AppDb db, string userId, CancellationToken ct) =>
        db.AuditEntries.Where(e => e.UserId == userId && e.UserName != Erased)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, Erased), ct);

    public static string? Scrub(string? json, IReadOnlySet<string> fields)
    {
        if (json is null || JsonNode.Parse(json) is not JsonObject values) return json;
        var personal = values.Where(p => fields.Contains(p.Key) && p.Value is not null && p.Value.ToString() != Erased)
            .Select(p => p.Key).ToList();
        if (personal.Count == 0) return json;
        foreach (var key in personal) values[key] = Erased;
        return values.ToJsonString(Json);
    }
}
