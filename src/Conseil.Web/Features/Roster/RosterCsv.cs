using Conseil.Web.Infrastructure.Forms;
using CsvHelper;

namespace Conseil.Web.Features.Roster;

/// <summary>One data line of a roster, with its line number as the spreadsheet shows it (header = 1).</summary>
public sealed record RosterRow(int LineNumber, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var value) ? value.Trim() : "";
}

public sealed record RosterFile(IReadOnlyList<RosterRow> Rows, string? Error);

/// <summary>Reads the semicolon-separated file office software produces, matching headers without regard to case or accents.</summary>
public static class RosterCsv
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static RosterFile Read(byte[] content)
    {
        if (content.Length == 0) return Fail("Le fichier est vide.");
        if (content.Length > MaxBytes) return Fail("Le fichier dépasse la taille maximale de 2 Mo.");
        if (Array.IndexOf(content, (byte)0) >= 0) return Fail("Le fichier n'est pas un fichier CSV (texte séparé par des points-virgules).");

        // The header is read as a plain record: its names are matched loosely below, not by CsvHelper.
        var options = new CsvReaderOptions
        {
            Separator = ';',
            HasHeader = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        var text = RosterText.Decode(content);
        var unsafeAt = TextGuard.FirstUnsafe(text);
        if (unsafeAt >= 0)
            return Fail($"Ligne {text.AsSpan(0, unsafeAt).Count('\n') + 1} : {TextGuard.Message}");
        using var reader = CsvReader.FromText(text, options);
        if (!reader.Read()) return Fail("Le fichier est vide.");

        var header = Fields(reader).Select(RosterText.Key).ToArray();
        var missing = RosterColumns.All.Where(c => c.Required && !header.Contains(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            return Fail(header.Length == 1
                ? "Le fichier ne semble pas séparé par des points-virgules : la ligne d'en-tête n'a qu'une colonne."
                : $"Colonnes obligatoires manquantes : {string.Join(", ", missing)}.");
        }

        var rows = new List<RosterRow>();
        while (reader.Read())
        {
            var record = Fields(reader);
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            var fields = new Dictionary<string, string>();
            for (var i = 0; i < header.Length && i < record.Length; i++) fields.TryAdd(header[i], record[i]);
            var row = new RosterRow((int)reader.LineNumber, fields);
            // An export lists the vacant seats too: importing it back must not read them as mandates.
            if (!RosterVocabulary.IsVacantSeat(row[RosterColumns.Role])) rows.Add(row);
        }
        return rows.Count == 0 ? Fail("Le fichier ne contient aucune ligne de données après l'en-tête.") : new RosterFile(rows, null);
    }

    private static string[] Fields(CsvReader reader) =>
        [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)];

    private static RosterFile Fail(string error) => new([], error);
}
