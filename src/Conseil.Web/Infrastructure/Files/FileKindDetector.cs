using System.IO.Compression;
using System.Text;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// What a file really is, read from its bytes: the magic number of PDF and images, and for the ZIP-based office
/// formats the entries inside. Null for anything else: HTML, SVG, an executable, a plain ZIP, a macro-enabled
/// Word or Excel file (a vbaProject.bin entry), a legacy .doc.
/// </summary>
public static class FileKindDetector
{
    private const int HeadLength = 16;

    /// <summary>Reads the stream from its start; it must be seekable (a ZIP is read from its central directory).</summary>
    public static FileKind? Detect(Stream content)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[HeadLength];
        var read = content.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return FileKind.Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return FileKind.WebP;
        if (head.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 3, 4])) return DetectZip(content);
        return null;
    }

    private static FileKind? DetectZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Any(name => name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return null;
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Contains("word/document.xml")) return FileKind.Docx;
                if (names.Contains("xl/workbook.xml")) return FileKind.Xlsx;
                return null;
            }
            if (!names.Contains("content.xml")) return null;
            return OpenDocumentMimeType(zip.GetEntry("mimetype")) switch
            {
                "application/vnd.oasis.opendocument.text" => FileKind.Odt,
                "application/vnd.oasis.opendocument.spreadsheet" => FileKind.Ods,
                _ => null,
            };
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    // The mimetype entry is a few dozen ASCII bytes; reading more would only serve a crafted entry.
    private static string? OpenDocumentMimeType(ZipArchiveEntry? entry)
    {
        if (entry is null || entry.Length > 100) return null;
        using var stream = entry.Open();
        Span<byte> buffer = stackalloc byte[100];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer[..read]).Trim();
    }
}
