using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Text = Conseil.Web.Infrastructure.French.French;

namespace Conseil.Tests.Infrastructure.French;

/// <summary>
/// Finds, in the text a person reads on a page, the French errors a page writes around values: "(s)" plurals,
/// a missing elision ("de Amaury", "le mandat de Élodie"), and a count of 0 or 1 with a plural noun ("1 vacants").
/// </summary>
public static partial class FrenchTextScan
{
    // The plural nouns and adjectives the pages put after a count.
    private static readonly string[] Plurals =
    [
        "vacants", "sièges", "personnes", "mandats", "erreurs", "membres", "modifications", "organismes", "courriels",
        "entrées", "comptes", "lignes", "fonctions", "instances", "collèges", "titulaires", "suppléants", "mandatures",
        "messages", "résultats", "enregistrées", "places", "pourvus",
    ];

    // Cells, items and blocks are read apart: "1" in one cell and "membres" in the next are not "1 membres".
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "td", "th", "tr", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "option",
        "label", "button", "section", "header", "footer", "nav", "ul", "ol", "table", "legend", "fieldset", "br",
    };

    public static IReadOnlyList<string> Defects(string text)
    {
        var defects = new List<string>();
        defects.AddRange(OptionalPlural().Matches(text).Select(m => $"pluriel « (s) » : « {Around(text, m)} »"));
        defects.AddRange(ShortWord().Matches(text)
            .Where(m => Text.Elides(m.Groups["word"].Value))
            .Select(m => $"élision manquante : « {m.Value} »"));
        defects.AddRange(SmallCount().Matches(text)
            .Where(m => Plurals.Contains(m.Groups["word"].Value, StringComparer.OrdinalIgnoreCase))
            .Select(m => $"accord : « {m.Value} »"));
        return defects;
    }

    /// <summary>The visible text of a page (title, body; no script or style), blocks apart.</summary>
    public static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(document.Title).Append('\n');
        Append(document.Body!, text);
        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) text.Append(t.Data);
            if (child is not IElement e || e.LocalName is "script" or "style" or "template") continue;
            var block = Blocks.Contains(e.LocalName);
            if (block) text.Append("\n¦\n");
            Append(e, text);
            if (block) text.Append("\n¦\n");
        }
    }

    private static string Around(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 30);
        return text[start..Math.Min(text.Length, m.Index + m.Length + 10)].ReplaceLineEndings(" ").Trim();
    }

    [GeneratedRegex(@"\w\(s\)")]
    private static partial Regex OptionalPlural();

    [GeneratedRegex(@"(?<![\p{L}'’])(?:[Dd]e|[Ll]e|[Ll]a|[Qq]ue)\s+(?<word>\p{L}[\p{L}\p{Mn}]*)")]
    private static partial Regex ShortWord();

    [GeneratedRegex(@"(?<![\d\p{L}])[01]\s+(?<word>\p{L}+)")]
    private static partial Regex SmallCount();
}
