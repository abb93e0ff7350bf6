using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>The name a user gave a file, made safe to show and to offer again for download.</summary>
public static partial class FileNames
{
    public const int MaxLength = 120;
    private const string Fallback = "document";

    /// <summary>
    /// The last segment of a path ("C:\Users\x\rapport.pdf" → "rapport.pdf"), without control or formatting
    /// characters (a right-to-left override can disguise "fdp.exe" as "exe.pdf"), trimmed, at most
    /// <see cref="MaxLength"/> characters with its extension kept; "document" when nothing is left.
    /// </summary>
    public static string Sanitize(string? name)
    {
        var last = (name ?? "").Split('/', '\\').Last();
        var kept = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
            kept.Append(char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ? ' ' : c);
        var clean = Spaces().Replace(kept.ToString(), " ").Trim().Trim('.').Trim();
        if (clean.Length == 0) return Fallback;
        return clean.Length <= MaxLength ? clean : Shorten(clean);
    }

    /// <summary>
    /// The extension a name claims, lower-case with its dot, or null: letters and digits after the last dot,
    /// starting with a letter ("Compte rendu 12.03.2021" and "Note de M. Dupont" claim none).
    /// </summary>
    public static string? ClaimedExtension(string name) =>
        Extension().Match(name) is { Success: true } match ? match.Value.ToLowerInvariant() : null;

    /// <summary>The name to download under: the display name, with the kind's extension when it does not end so.</summary>
    public static string ForDownload(string displayName, FileKind kind)
    {
        var name = Sanitize(displayName);
        var claimed = ClaimedExtension(name);
        return claimed is not null && kind.Extensions.Contains(claimed) ? name : name + kind.Extension;
    }

    private static string Shorten(string name)
    {
        var extension = ClaimedExtension(name) ?? "";
        if (extension.Length >= MaxLength / 2) extension = "";
        var stem = name[..^extension.Length];
        var cut = MaxLength - extension.Length;
        if (char.IsHighSurrogate(stem[cut - 1])) cut--;
        return stem[..cut].TrimEnd() + extension;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\.[A-Za-z][A-Za-z0-9]{0,7}$")]
    private static partial Regex Extension();
}
