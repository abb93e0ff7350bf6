using System.Globalization;
using System.Text.RegularExpressions;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>
/// The NIR (numéro d'inscription au répertoire, the social-security number): 13 characters and a 2-digit key,
/// compact or grouped as on the carte Vitale (1 85 05 78 006 084 36: spaces, dots or dashes, the same
/// throughout, the key perhaps set apart: 1850578006084 36). Flagged only when
/// its key is right, so a 15-digit reference that merely looks like one is not; see <see cref="IsValid"/> for
/// the fields accepted.
/// </summary>
public static partial class NirDetector
{
    public static IEnumerable<PersonalDataFinding> Find(string text) =>
        PersonalDataFinding.Of(PersonalDataKind.Nir, Shapes(text).Where(match => IsValid(Compact(match.Value))));

    /// <summary>Every run shaped like a NIR, right key or not: no other detector reads digits inside one.</summary>
    public static IEnumerable<Match> Shapes(string text) => Shape().Matches(text);

    /// <summary>
    /// 15 characters: sex, year, month, département (2A/2B for Corsica, or three digits overseas with a two-digit
    /// commune), commune, order, key. Sex 1 or 2, and also 3, 4, 7, 8, which temporary and pending numbers (NIA)
    /// use: a false alarm costs a look, a miss leaks a number. Month 01–12, or the codes INSEE gives when the
    /// civil status is incomplete: 20, 30–42, 50–99 (so 21–29 are accepted too; 00, 13–19 and 43–49 never occur).
    /// The key is 97 − (the 13 first characters mod 97), 2A counting as 19 and 2B as 18.
    /// </summary>
    public static bool IsValid(string nir)
    {
        if (nir.Length != 15 || nir[0] is not ('1' or '2' or '3' or '4' or '7' or '8')) return false;
        if (!int.TryParse(nir.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is 0 or (> 12 and < 20) or (> 42 and < 50)) return false;
        return Key(nir[..13]) is { } key
            && int.TryParse(nir.AsSpan(13, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var written) && key == written;
    }

    /// <summary>The key of 13 characters (digits, or 2A/2B in the département), or null if they are not a NIR's.</summary>
    public static int? Key(string thirteen)
    {
        var digits = thirteen.ToUpperInvariant() switch
        {
            var t when t.Length == 13 && t.AsSpan(5, 2) is "2A" => t[..5] + "19" + t[7..],
            var t when t.Length == 13 && t.AsSpan(5, 2) is "2B" => t[..5] + "18" + t[7..],
            var t => t,
        };
        if (digits.Length != 13 || !digits.All(char.IsAsciiDigit)) return null;
        return 97 - (int)(long.Parse(digits, CultureInfo.InvariantCulture) % 97);
    }

    private static string Compact(string value) => string.Concat(value.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    // Any first digit, so that a run which only looks like a NIR is still recognised as one and kept from the phones.
    [GeneratedRegex("""
        (?<![\p{L}\p{N}])
        [0-9](?<s>[\x20.\-\u00A0\u202F]?)[0-9]{2}\k<s>[0-9]{2}\k<s>
        (?:(?:[0-9]{2}|2[AB])\k<s>[0-9]{3}|[0-9]{3}\k<s>[0-9]{2})
        \k<s>[0-9]{3}(?:\k<s>|[\x20\u00A0\u202F])?[0-9]{2}
        (?![\p{L}\p{N}])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
