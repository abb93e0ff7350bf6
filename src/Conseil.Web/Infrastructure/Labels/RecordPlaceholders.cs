using System.Text.RegularExpressions;
using Conseil.Web.Infrastructure.French;

namespace Conseil.Web.Infrastructure.Labels;

/// <summary>
/// Resolves the placeholders of <see cref="RecordNaming"/> ("{de-personne:12}") with today's names, read once per
/// page for all the entries it shows.
/// </summary>
public sealed partial class RecordPlaceholders(IReadOnlyDictionary<int, string> people, IReadOnlyDictionary<string, string> accounts)
{
    public const string OfPerson = "de-personne";
    public const string OfAccount = "de-compte";
    public const string Person = "personne";
    public const string Account = "compte";

    [GeneratedRegex(@"\{(de-personne|de-compte|personne|compte):([^{}]{1,100})\}")]
    private static partial Regex Pattern();

    /// <summary>Ids of the people named in the texts.</summary>
    public static IEnumerable<int> PeopleIn(IEnumerable<string?> texts) =>
        Matches(texts, OfPerson, Person).Select(id => int.TryParse(id, out var n) ? n : 0).Where(n => n > 0).Distinct();

    /// <summary>Ids of the accounts named in the texts.</summary>
    public static IEnumerable<string> AccountsIn(IEnumerable<string?> texts) => Matches(texts, OfAccount, Account).Distinct();

    private static IEnumerable<string> Matches(IEnumerable<string?> texts, params string[] kinds) =>
        texts.Where(t => t is not null).SelectMany(t => Pattern().Matches(t!))
            .Where(m => kinds.Contains(m.Groups[1].Value)).Select(m => m.Groups[2].Value);

    public string Resolve(string text) => Pattern().Replace(text, m =>
    {
        var id = m.Groups[2].Value;
        return m.Groups[1].Value switch
        {
            OfPerson => int.TryParse(id, out var p) && people.TryGetValue(p, out var person) ? French.French.Of(person) : "d'une personne supprimée",
            Person => int.TryParse(id, out var p) && people.TryGetValue(p, out var person) ? person : "personne supprimée",
            OfAccount => accounts.TryGetValue(id, out var account) ? French.French.Of(account) : "d'un compte supprimé",
            _ => accounts.TryGetValue(id, out var account) ? account : "compte supprimé",
        };
    });
}
