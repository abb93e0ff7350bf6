using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Conseil.Web.Features.Deliverables;

public enum ChangeKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

/// <summary>A run of words of a compared text: kept, inserted in the newer version, or deleted from the older.</summary>
public sealed record WordRun(string Text, ChangeKind Kind);

/// <summary>One block of the text compared — the title, a section, a recommendation, the easy-to-read version — and its words.</summary>
public sealed record BlockChange(string Key, string Label, ChangeKind Kind, IReadOnlyList<WordRun> Heading, IReadOnlyList<WordRun> Text);

/// <summary>
/// Compares two versions section by section (matched by their identity, so a renamed or moved section is one change,
/// not a removal and an addition) and word by word within each (DiffPlex, on words, spaces and punctuation).
/// </summary>
public static partial class VersionDiff
{
    public static IReadOnlyList<BlockChange> Compare(DraftSnapshot older, DraftSnapshot newer)
    {
        var blocks = new List<BlockChange>
        {
            Block("titre", "Titre et nature", older.Title, Nature(older), newer.Title, Nature(newer)),
        };
        blocks.AddRange(Pair(
            older.Sections.ToDictionary(s => s.Id), newer.Sections.Select(s => s.Id), older.Sections.Select(s => s.Id),
            id => $"section-{id}",
            s => (DeliverableLabels.OfName<SectionLevel>(s.Level), s.Title, s.Text), null,
            newer.Sections.ToDictionary(s => s.Id)));
        blocks.AddRange(Pair(
            older.Themes.ToDictionary(t => t.Id), newer.Themes.Select(t => t.Id), older.Themes.Select(t => t.Id),
            id => $"theme-{id}",
            t => ("Thème", t.Title, ""), null,
            newer.Themes.ToDictionary(t => t.Id)));
        blocks.AddRange(Pair(
            older.Recommendations.ToDictionary(r => r.Id), newer.Recommendations.Select(r => r.Id), older.Recommendations.Select(r => r.Id),
            id => $"preconisation-{id}",
            r => ($"Préconisation n° {r.Number}", r.Title, Describe(r, ThemeOf(older, r.Id))),
            r => ($"Préconisation n° {r.Number}", r.Title, Describe(r, ThemeOf(newer, r.Id))),
            newer.Recommendations.ToDictionary(r => r.Id)));
        if (older.EasyRead.Length + newer.EasyRead.Length > 0)
            blocks.Add(Block("facile-a-lire", "Version facile à lire et à comprendre", "", older.EasyRead, "", newer.EasyRead));
        return blocks;
    }

    /// <summary>The words that differ, between two texts: runs of unchanged, deleted and inserted pieces.</summary>
    public static IReadOnlyList<WordRun> Words(string older, string newer)
    {
        var diff = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, WordsChunker.Instance);
        var runs = new List<WordRun>();
        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(runs, diff.PiecesOld, a, block.DeleteStartA - a, ChangeKind.Unchanged);
            Add(runs, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA, ChangeKind.Removed);
            Add(runs, diff.PiecesNew, block.InsertStartB, block.InsertCountB, ChangeKind.Added);
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(runs, diff.PiecesOld, a, diff.PiecesOld.Count - a, ChangeKind.Unchanged);
        return runs;
    }

    private static IEnumerable<BlockChange> Pair<T>(
        Dictionary<int, T> olderById, IEnumerable<int> newerIds, IEnumerable<int> olderIds, Func<int, string> key,
        Func<T, (string Label, string Title, string Text)> read, Func<T, (string Label, string Title, string Text)>? readNewer,
        Dictionary<int, T> newerById)
    {
        readNewer ??= read;
        foreach (var id in newerIds.Concat(olderIds.Where(id => !newerById.ContainsKey(id))))
        {
            var was = olderById.TryGetValue(id, out var o) ? read(o) : default((string, string, string)?);
            var now = newerById.TryGetValue(id, out var n) ? readNewer(n) : default((string, string, string)?);
            var label = (now ?? was)!.Value.Item1;
            if (was is { } w && now is { } x && w.Item1 != x.Item1) label = Became(w.Item1, x.Item1);
            yield return Block(key(id), label, was?.Item2 ?? "", was?.Item3 ?? "", now?.Item2 ?? "", now?.Item3 ?? "", was is null, now is null);
        }
    }

    private static BlockChange Block(string key, string label, string oldTitle, string oldText, string newTitle, string newText,
        bool added = false, bool removed = false)
    {
        var heading = Words(oldTitle, newTitle);
        var text = Words(oldText, newText);
        var kind = added ? ChangeKind.Added : removed ? ChangeKind.Removed
            : heading.Concat(text).Any(r => r.Kind != ChangeKind.Unchanged) ? ChangeKind.Changed : ChangeKind.Unchanged;
        return new BlockChange(key, label, kind, heading, text);
    }

    /// <summary>A recommendation's text as compared: its text, then its theme, priority and addressees.</summary>
    private static string Describe(RecommendationSnapshot r, string theme) =>
        r.Text + $"\n\nThème : {theme}\nPriorité : {DeliverableLabels.OfName<RecommendationPriority>(r.Priority)}"
        + (r.Addressees.Count == 0 ? "" : $"\nDestinataires : {string.Join(", ", r.Addressees)}");

    /// <summary>The theme a recommendation is in, in this version.</summary>
    private static string ThemeOf(DraftSnapshot text, int recommendationId) =>
        text.Themes.First(t => t.Recommendations.Any(r => r.Id == recommendationId)).Title;

    private static string Nature(DraftSnapshot text) => "Nature : " + DeliverableLabels.OfName<DeliverableKind>(text.Kind);

    /// <summary>« Chapitre devenu partie », « Partie devenue chapitre ».</summary>
    private static string Became(string was, string now) =>
        $"{was} {(was == DeliverableLabels.Of(SectionLevel.Part) ? "devenue" : "devenu")} {now.ToLower(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}";

    private static void Add(List<WordRun> runs, IReadOnlyList<string> pieces, int start, int count, ChangeKind kind)
    {
        if (count <= 0) return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(new WordRun(text, kind));
    }

    /// <summary>Words, runs of spaces and single punctuation marks, so that a change of one word marks that word only.</summary>
    private sealed partial class WordsChunker : IChunker
    {
        public static readonly WordsChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => [.. Pieces().Matches(text).Select(m => m.Value)];

        [GeneratedRegex(@"[\p{L}\p{N}_'’-]+|\s+|[\uD800-\uDBFF][\uDC00-\uDFFF]|.", RegexOptions.CultureInvariant)]
        private static partial Regex Pieces();
    }
}
