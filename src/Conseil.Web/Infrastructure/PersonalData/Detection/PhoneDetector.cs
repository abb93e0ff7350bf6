using System.Text.RegularExpressions;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>
/// French telephone numbers as people write them: 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78, 0612345678,
/// 0692 12 34 56; +33 6 12 34 56 78, +33 (0)6…, 0033 6…; and overseas: +262, +269, +590, +594, +596 (nine digits),
/// +687, +681, +508 (six), +689 (eight). One separator throughout the number's groups, and no digit glued to either
/// end, so dates (12.03.2021, 01.02.2021), amounts, years, postcodes and longer digit runs are left alone.
/// A NIR's digits are not read as a phone number (<see cref="PersonalDataDetector"/> drops the overlap).
/// </summary>
public static partial class PhoneDetector
{
    public static IEnumerable<PersonalDataFinding> Find(string text) => PersonalDataFinding.Of(PersonalDataKind.Phone, Number().Matches(text));

    // S: one separator, or none; the same one (\k<s>) between the following groups.
    [GeneratedRegex("""
        (?<![\p{L}\p{N}+]|\p{N}[.,])
        (?:
            0[1-9](?:(?<s>[\x20.\-\u00A0\u202F]?)\d{2}(?:\k<s>\d{2}){3}
                   |\d{2}(?<s>[\x20.\-\u00A0\u202F])\d{2}(?:\k<s>\d{2}){2})
          | (?:\+|00)33[\x20\u00A0\u202F]?(?:\(0\)[\x20\u00A0\u202F]?|0)?[1-9](?<s>[\x20.\-\u00A0\u202F]?)\d{2}(?:\k<s>\d{2}){3}
          | (?:\+|00)(?:262|269|590|594|596)[\x20\u00A0\u202F]?(?:\(0\)[\x20\u00A0\u202F]?)?\d{3}(?<s>[\x20.\-\u00A0\u202F]?)\d{2}(?:\k<s>\d{2}){2}
          | (?:\+|00)689[\x20\u00A0\u202F]?\d{2}(?<s>[\x20.\-\u00A0\u202F]?)\d{2}(?:\k<s>\d{2}){2}
          | (?:\+|00)(?:687|681|508)[\x20\u00A0\u202F]?\d{2}(?<s>[\x20.\-\u00A0\u202F]?)\d{2}\k<s>\d{2}
        )
        (?!\p{N}|[.,]\p{N})
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
