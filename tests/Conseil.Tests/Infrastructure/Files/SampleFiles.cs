using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Conseil.Tests.Infrastructure.Files;

/// <summary>Real, minimal files of each kind, made by the libraries that write them (or by the format's own rules).</summary>
public static class SampleFiles
{
    /// <summary>One page, one line of text for each of <paramref name="lines"/>.</summary>
    public static byte[] Pdf(params string[] lines) => PdfOf([lines]);

    /// <summary>One page for each of <paramref name="pages"/>, with that line on it.</summary>
    public static byte[] PdfPages(params string[] pages) => PdfOf([.. pages.Select(page => new[] { page })]);

    private static byte[] PdfOf(string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++) page.AddText(lines[i], 12, new PdfPoint(40, 780 - 20 * i), font);
        }
        return builder.Build();
    }

    public static byte[] Docx(string body, string? header = null)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(body.Split('\n').Select(Paragraph)));
            if (header is not null) main.AddNewPart<HeaderPart>().Header = new W.Header(Paragraph(header));
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(string cell)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData(new S.Row(
                new S.Cell(new S.InlineString(new S.Text(cell))) { DataType = S.CellValues.InlineString },
                new S.Cell(new S.CellValue("185057800608491")) { DataType = S.CellValues.Number })));
            workbook.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Feuille 1" }));
        }
        return buffer.ToArray();
    }

    public static byte[] Odt(string body) => OpenDocument("application/vnd.oasis.opendocument.text",
        $"<office:text>{string.Concat(body.Split('\n').Select(line => $"<text:p>{Escape(line)}</text:p>"))}</office:text>");

    public static byte[] Ods(string cell) => OpenDocument("application/vnd.oasis.opendocument.spreadsheet", $"""
        <office:spreadsheet><table:table table:name="Feuille1"><table:table-row>
        <table:table-cell office:value-type="string"><text:p>{Escape(cell)}</text:p></table:table-cell>
        </table:table-row></table:table></office:spreadsheet>
        """);

    /// <summary>An OpenDocument package: the mimetype entry first and stored, as the specification asks.</summary>
    public static byte[] OpenDocument(string mimeType, string body) => Zip(
        ("mimetype", mimeType, CompressionLevel.NoCompression),
        ("META-INF/manifest.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
            <manifest:file-entry manifest:full-path="/" manifest:media-type="{mimeType}"/></manifest:manifest>
            """, CompressionLevel.Optimal),
        ("content.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
              office:version="1.2"><office:body>{body}</office:body></office:document-content>
            """, CompressionLevel.Optimal));

    public static byte[] Zip(params (string Name, string Content, CompressionLevel Level)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, level) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A DOCX with one more entry (a macro project, say) than Word wrote.</summary>
    public static byte[] WithEntry(byte[] package, string name)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write([0xD0, 0xCF, 0x11, 0xE0]);
        }
        return buffer.ToArray();
    }

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9];
    public static byte[] Gif => Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    public static byte[] WebP => [.. "RIFF"u8, 0x1A, 0, 0, 0, .. "WEBPVP8 "u8, 0, 0, 0, 0];
    public static byte[] Html => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    public static byte[] Svg => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    public static byte[] Exe => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
