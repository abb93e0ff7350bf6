using System.Globalization;
using System.Text;

namespace Conseil.Web.Infrastructure.Search;

/// <summary>
/// The one normalisation of searchable text: case and accents folded ("Éric" → "eric"), ligatures spelled out
/// ("Œuvre" → "oeuvre"), every run of other characters (spaces, hyphens, apostrophes, quotes, %, _, \, emoji…)
/// turned into one space. Computed in .NET, stored in an indexed column and compared with the query folded the
/// same way, so SQLite and PostgreSQL find and sort exactly alike, and no query can carry a LIKE wildcard.
/// </summary>
public static class SearchKey
{
    /// <summary>The longest query taken into account (the search fields' maxlength).</summary>
    public const int MaxQueryLength = 100;

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace) folded.Append(' ');
            pendingSpace = false;
            folded.Append(Ligature(char.ToLowerInvariant(c)));
        }
        return folded.ToString();
    }

    /// <summary>
    /// The words of a query, folded: a row matches when its key contains every one, in any order
    /// ("eric martin" finds "Martin Éric"). The query is cut at <see cref="MaxQueryLength"/> characters.
    /// </summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        var text = query ?? "";
        if (text.Length > MaxQueryLength) text = text[..MaxQueryLength];
        return Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
    }

    // Letters that Unicode does not decompose but a French reader treats as two.
    private static string Ligature(char c) => c switch
    {
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        _ => c.ToString(),
    };
}
