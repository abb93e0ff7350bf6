using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Conseil.Web.Features.Roster;

/// <summary>The composition as a one-sheet workbook "Composition" (the CSV's lines, vacant seats included): bold header, real dates, readable widths.</summary>
public static class RosterXlsxExport
{
    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;
    private static readonly double[] Widths = [9, 7, 45, 18, 11, 20, 18, 12, 12, 12, 28];

    public static byte[] Write(IEnumerable<ExportRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(RosterCsvExport.Header.Select(h => Text(h, BoldStyle))));
            foreach (var row in rows) data.Append(Cells(row));
            var columns = new Columns(Widths.Select((w, i) =>
                new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
            sheetPart.Worksheet = new Worksheet(columns, data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Composition",
            }));
        }
        return stream.ToArray();
    }

    private static Row Cells(ExportRow row) => new(
        Number(row.CollegeNumber), Number(row.SeatNumber), Text(row.SeatLabel), Text(row.Organisation?.Acronym ?? ""),
        Text(row.RoleLabel), Text(row.FamilyName), Text(row.GivenName), Date(row.StartDate), Date(row.EndDate),
        Text(row.Term), Text(row.AppointingAct));

    // Inline strings keep the file self-contained (no shared-string table to keep in step).
    private static Cell Text(string value, uint style = 0) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell Number(int value) => new() { CellValue = new CellValue(value), DataType = CellValues.Number };

    private static Cell Date(DateOnly? day) => day is not { } value ? Text("") : new()
    {
        CellValue = new CellValue(value.ToDateTime(TimeOnly.MinValue).ToOADate()),
        DataType = CellValues.Number,
        StyleIndex = DateStyle,
    };

    // Built-in number format 14 is the short date, shown as dd/mm/yyyy under a French locale.
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 3 });
}
