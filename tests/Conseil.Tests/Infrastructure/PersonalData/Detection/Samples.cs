using System.Globalization;
using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Infrastructure.PersonalData.Detection;

/// <summary>
/// For the detectors' tests. NIRs are made by the official rule, written here apart from the code under test: the
/// key is 97 minus the 13-digit number mod 97; for Corsica, 2A and 2B are read as 20, then 1,000,000 (2A) or
/// 2,000,000 (2B) is subtracted.
/// </summary>
public static class Samples
{
    /// <summary>The texts the findings stand over, in order.</summary>
    public static IEnumerable<string> Spans(string text, IEnumerable<PersonalDataFinding> findings) =>
        findings.Select(finding => text.Substring(finding.Start, finding.Length));

    public static string Key(string thirteen)
    {
        var corsica = thirteen.Substring(5, 2).ToUpperInvariant();
        var number = long.Parse(corsica is "2A" or "2B" ? thirteen[..5] + "20" + thirteen[7..] : thirteen, CultureInfo.InvariantCulture);
        number -= corsica switch { "2A" => 1_000_000, "2B" => 2_000_000, _ => 0 };
        return (97 - number % 97).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The 15 characters with a right key.</summary>
    public static string Valid(string thirteen) => thirteen + Key(thirteen);

    /// <summary>The 15 characters with a key off by one (never right: a key is 01–97).</summary>
    public static string WrongKey(string thirteen)
    {
        var key = int.Parse(Key(thirteen), CultureInfo.InvariantCulture);
        return thirteen + (key == 97 ? 1 : key + 1).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>"1 85 05 78 006 084 91": grouped as on the carte Vitale (three-digit département overseas).</summary>
    public static string Grouped(string nir, string separator = " ") => nir.Substring(5, 2) == "97"
        ? string.Join(separator, nir[..1], nir[1..3], nir[3..5], nir[5..8], nir[8..10], nir[10..13], nir[13..])
        : string.Join(separator, nir[..1], nir[1..3], nir[3..5], nir[5..7], nir[7..10], nir[10..13], nir[13..]);
}
