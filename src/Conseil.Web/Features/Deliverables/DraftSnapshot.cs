using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conseil.Web.Features.Deliverables;

/// <summary>
/// The whole text of a deliverable at one moment, as a version keeps it. Its canonical JSON (fixed property order,
/// no indentation, sections and recommendations in reading order) is what the SHA-256 is taken of: the same text
/// always gives the same hash, on any database.
/// </summary>
public sealed record DraftSnapshot(
    string Title,
    string Kind,
    string EasyRead,
    IReadOnlyList<SectionSnapshot> Sections,
    IReadOnlyList<ThemeSnapshot> Themes)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false,
    };

    [JsonIgnore]
    public IEnumerable<RecommendationSnapshot> Recommendations => Themes.SelectMany(t => t.Recommendations);

    public static DraftSnapshot Of(Deliverable deliverable) => new(
        deliverable.Title,
        deliverable.Kind.ToString(),
        deliverable.EasyRead,
        [.. deliverable.Sections.OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => new SectionSnapshot(s.Id, s.Level.ToString(), s.Title, s.Text))],
        [.. deliverable.Themes.OrderBy(t => t.Position).ThenBy(t => t.Id).Select(t => new ThemeSnapshot(t.Id, t.Title,
            [.. deliverable.Recommendations.Where(r => r.ThemeId == t.Id).OrderBy(r => r.Position).ThenBy(r => r.Id).Select(r => new RecommendationSnapshot(
                r.Id, r.Number, r.Title, r.Text, r.Priority.ToString(),
                [.. r.Addressees.Select(a => a.Organisation.Name).Order(StringComparer.Ordinal)]))]))]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DraftSnapshot FromJson(string json) => JsonSerializer.Deserialize<DraftSnapshot>(json, Json)
        ?? throw new InvalidDataException("Une version de livrable est vide.");

    /// <summary>The SHA-256 of the canonical JSON, in lower-case hexadecimal.</summary>
    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}

public sealed record SectionSnapshot(int Id, string Level, string Title, string Text);

public sealed record ThemeSnapshot(int Id, string Title, IReadOnlyList<RecommendationSnapshot> Recommendations);

public sealed record RecommendationSnapshot(int Id, int Number, string Title, string Text, string Priority, IReadOnlyList<string> Addressees);
