using System.Text.RegularExpressions;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>
/// E-mail addresses in running text, punctuation around them left out ("(marie.dupont@exemple.fr)." → the address),
/// and the light disguises people use ("marie.dupont [at] exemple.fr", "(arobase)"). Nothing without an @ or its
/// disguise: "l'article L.311-2", "https://www.exemple.fr/page", "@exemple".
/// </summary>
public static partial class EmailDetector
{
    public static IEnumerable<PersonalDataFinding> Find(string text) => PersonalDataFinding.Of(PersonalDataKind.Email, Address().Matches(text));

    // Bounded repetitions (64-character local part, 63-character labels) keep the backtracking linear.
    [GeneratedRegex("""
        (?<![\w.%+-])
        [A-Z0-9_%+-](?:[A-Z0-9._%+-]{0,62}[A-Z0-9_%+-])?
        (?:@|\s?[\[(]\s?(?:at|arobase)\s?[\])]\s?)
        (?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}
        (?![\p{L}\p{N}_-])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
