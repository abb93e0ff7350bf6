using System.Globalization;
using CsvHelper;

namespace Conseil.Web.Features.Roster;

/// <summary>
/// The composition as a CSV Excel opens right in France: semicolons, UTF-8 with BOM, CRLF. Its header uses the
/// import's column names, so an export can be corrected and imported back (the import skips the vacant seats' lines).
/// </summary>
public static class RosterCsvExport
{
    public static readonly string[] Header =
        ["collège", "siège", "intitulé du siège", "organisme", "rôle", "nom", "prénom", "début", "fin", "mandature", "acte"];

    public static byte[] Write(IEnumerable<ExportRow> rows) => Write(Header, rows.Select(Cells));

    /// <summary>Any table as such a CSV, its header first (the hearings' annex is written so too).</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var options = new CsvWriterOptions
        {
            Separator = ';',
            NewLine = "\r\n",
            WriteByteOrderMark = true,
            // Cells starting with = + - @ would run as formulas in a spreadsheet: they get a leading apostrophe.
            Injection = CsvInjection.Escape,
        };
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, options, true))
        {
            foreach (var name in header) csv.WriteField(name);
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(cell);
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    public static IEnumerable<string> Cells(ExportRow row) =>
    [
        row.CollegeNumber.ToString(CultureInfo.InvariantCulture), row.SeatNumber.ToString(CultureInfo.InvariantCulture),
        row.SeatLabel, row.Organisation?.Acronym ?? "", row.RoleLabel, row.FamilyName, row.GivenName,
        Date(row.StartDate), Date(row.EndDate), row.Term, row.AppointingAct,
    ];

    private static string Date(DateOnly? day) => day is { } d ? RosterText.FormatDate(d) : "";
}
