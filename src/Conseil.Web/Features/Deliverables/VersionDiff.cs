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
        var blocks = new List<BlockChange> { Block("titre", "Titre", older.Title, "", newer.Title, "") };
        blocks.AddRange(Pair(
            older.Sections.ToDictionary(s => s.Id), newer.Sections.Select(s => s.Id), older.Sections.Select(s => s.Id),
            id => $"section-{id}",
            s => (Labels.SectionLabel(s.Level), s.Title, s.Text),
            newer.Sections.ToDictionary(s => s.Id)));
        blocks.AddRange(Pair(
            older.Recommendations.ToDictionary(r => r.Id), newer.Recommendations.Select(r => r.Id), older.Recommendations.Select(r => r.Id),
            id => $"preconisation-{id}",
            r => ($"Préconisation n°{r.Number}", r.Title, Describe(r)),
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
        Func<T, (string Label, string Title, string Text)> read, Dictionary<int, T> newerById)
    {
        foreach (var id in newerIds.Concat(olderIds.Where(id => !newerById.ContainsKey(id))))
        {
            var was = olderById.TryGetValue(id, out var o) ? read(o) : default((string, string, string)?);
            var now = newerById.TryGetValue(id, out var n) ? read(n) : default((string, string, string)?);
            var label = (now ?? was)!.Value.Item1;
            if (was is { } w && now is { } x && w.Item1 != x.Item1) label = $"{w.Item1} devenue {char.ToLowerInvariant(x.Item1[0])}{x.Item1[1..]}";
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

    /// <summary>A recommendation's text as compared: its text, then its priority and addressees.</summary>
    private static string Describe(RecommendationSnapshot r) =>
        r.Text + $"\n\nPriorité : {Labels.PriorityLabel(r.Priority)}" + (r.Addressees.Count == 0 ? "" : $"\nDestinataires : {string.Join(", ", r.Addressees)}");

    private static void Add(List<WordRun> runs, IReadOnlyList<string> pieces, int start, int count, ChangeKind kind)
    {
        if (count <= 0) return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(new WordRun(text, kind));
    }

    private static class Labels
    {
        public static string SectionLabel(string level) =>
            Enum.TryParse<SectionLevel>(level, out var l) ? DeliverableLabels.Of(l) : level;

        public static string PriorityLabel(string priority) =>
            Enum.TryParse<RecommendationPriority>(priority, out var p) ? DeliverableLabels.Of(p) : priority;
    }

    /// <summary>Words, runs of spaces and single punctuation marks, so that a change of one word marks that word only.</summary>
    private sealed partial class WordsChunker : IChunker
    {
        public static readonly WordsChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => [.. Pieces().Matches(text).Select(m => m.Value)];

        [GeneratedRegex(@"[\p{L}\p{N}_'’-]+|\s+|.", RegexOptions.CultureInvariant)]
        private static partial Regex Pieces();
    }
}
