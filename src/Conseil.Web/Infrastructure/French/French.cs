using System.Globalization;

namespace Conseil.Web.Infrastructure.French;

/// <summary>
/// The French a page writes around values it does not know in advance: the agreement of a count,
/// elision before a vowel or a mute h ("d'Élodie", "l'AMF"), and the article an organisation is named with.
/// Every page uses it, so "1 vacants", "de Élodie" or "personne(s)" cannot come back.
/// </summary>
public static class French
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"0 siège vacant", "1 siège vacant", "2 sièges vacants": in French 0 and 1 take the singular.</summary>
    public static string Count(long count, string singular, string plural) =>
        $"{count.ToString("N0", Culture)} {Agree(count, singular, plural)}";

    /// <summary>The word alone, agreed with a count: "vacant" or "vacants".</summary>
    public static string Agree(long count, string singular, string plural) => Math.Abs(count) < 2 ? singular : plural;

    /// <summary>"de Marie", "d'Élodie", "d'Hélène", "de Yann".</summary>
    public static string Of(string name) => Elides(name) ? "d'" + name : "de " + name;

    /// <summary>"le mandat", "l'organisation": the definite article of a word of known gender.</summary>
    public static string The(string word, bool feminine) => Elides(word) ? "l'" + word : (feminine ? "la " : "le ") + word;

    /// <summary>"que Marie", "qu'Élodie".</summary>
    public static string That(string word) => Elides(word) ? "qu'" + word : "que " + word;

    /// <summary>An organisation named with its own article: "l'AMF", "la CNAF", "France Urbaine".</summary>
    public static string Named(string name, Article article) => article switch
    {
        Article.Le => "le " + name,
        Article.La => "la " + name,
        Article.Elided => "l'" + name,
        Article.Les => "les " + name,
        _ => name,
    };

    /// <summary>"de l'AMF", "de la CNAF", "du Secours catholique", "des Petits Frères", "de France Urbaine".</summary>
    public static string OfNamed(string name, Article article) => article switch
    {
        Article.Le => "du " + name,
        Article.Les => "des " + name,
        Article.None => Of(name),
        _ => "de " + Named(name, article),
    };

    /// <summary>
    /// True when the word starts with a vowel sound: a vowel (accented or not) or a mute h. "Y" before a vowel
    /// is a consonant ("de Yann"); an aspirated h does not elide ("le handicap", "de Haute-Garonne").
    /// </summary>
    public static bool Elides(string word)
    {
        var text = word.TrimStart().Normalize(System.Text.NormalizationForm.FormC);
        if (text.Length == 0) return false;
        var first = char.ToLowerInvariant(RemoveAccent(text[0]));
        if (first is 'a' or 'e' or 'i' or 'o' or 'u' or 'œ' or 'æ') return true;
        if (first == 'y') return text.Length > 1 && !IsVowel(text[1]);
        if (first != 'h') return false;
        return !IsAspirated(FirstWord(text));
    }

    private static string FirstWord(string text) =>
        new(text.TakeWhile(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    private static bool IsAspirated(string word) =>
        AspiratedH.Contains(word) || AspiratedH.Contains(word.TrimEnd('s', 'x'))
        || AspiratedPrefixes.Any(prefix => word.StartsWith(prefix, StringComparison.Ordinal));

    // Common words and names with an aspirated h (h aspiré): no elision before them ("le hameau", "de Hugo").
    // Whole words (and their plural) only: "hall" is aspirated, "hallucination" is not.
    private static readonly HashSet<string> AspiratedH = new(StringComparer.Ordinal)
    {
        "hache", "haie", "haine", "hall", "halle", "hamac", "hameau", "hamster", "hanche", "hangar", "hareng", "haricot",
        "harpe", "hasard", "hâte", "hausse", "havre", "héron", "héros", "hérisson", "hêtre", "hibou", "hockey", "hollande",
        "homard", "honte", "hors", "housse", "houx", "hublot", "hugo", "huit", "huitième", "hutte",
    };

    // Families of words that all keep the aspirated h: "Haute-Garonne", "Hauts-de-France", "handicapées", "Hongrie".
    private static readonly string[] AspiratedPrefixes = ["haut", "handicap", "hiérarch", "hongr", "harcel", "harcèl"];

    private static bool IsVowel(char c) =>
        char.ToLowerInvariant(RemoveAccent(c)) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'œ' or 'æ';

    private static char RemoveAccent(char c)
    {
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed.Length > 0 ? decomposed[0] : c;
    }
}

/// <summary>The article an organisation's name takes in a sentence (stored with the organisation).</summary>
public enum Article
{
    /// <summary>No article: "France Urbaine", "Régions de France".</summary>
    None,
    Le,
    La,
    /// <summary>"l'" before a vowel: "l'AMF", "l'Unccas".</summary>
    Elided,
    Les,
}
