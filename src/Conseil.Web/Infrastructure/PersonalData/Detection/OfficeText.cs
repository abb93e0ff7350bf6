using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using Conseil.Web.Infrastructure.Files;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>
/// The text of DOCX, XLSX, ODT and ODS files, read from their XML parts with a streaming reader: the body, and
/// also headers, footers, notes, comments and tracked deletions (DOCX), shared strings and cell values (XLSX),
/// the master pages' headers and footers (styles.xml of ODF). No DTD is processed; decompressed bytes are capped.
/// </summary>
internal static partial class OfficeText
{
    // Elements whose text is content (OOXML; in ODF every text node is); after which element what separator goes.
    private static readonly HashSet<string> OoxmlText = ["t", "delText", "v"];
    private static readonly Dictionary<string, string> Separators = new()
    {
        ["p"] = "\n", ["h"] = "\n", ["br"] = "\n", ["cr"] = "\n", ["line-break"] = "\n", ["row"] = "\n", ["si"] = "\n",
        ["tab"] = "\t", ["c"] = "\t", ["table-cell"] = "\t", ["s"] = " ",
    };

    public static ExtractedText Read(Stream content, FileKind kind, TextExtractionOptions options)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var text = new TextBuffer(options.MaxCharacters);
        var budget = new XmlBudget(options.MaxXmlBytes);
        var ooxml = kind == FileKind.Docx || kind == FileKind.Xlsx;
        foreach (var entry in zip.Entries.Where(entry => IsTextPart(kind, entry.FullName)).OrderBy(entry => entry.FullName, PartOrder.Instance))
        {
            using var stream = new CappedStream(entry.Open(), budget);
            try
            {
                if (!ReadPart(stream, ooxml ? OoxmlText : null, text)) return text.Result(stoppedEarly: true);
            }
            catch (XmlException) when (budget.Exhausted)
            {
                return text.Result(stoppedEarly: true);
            }
        }
        return text.Result(stoppedEarly: budget.Exhausted);
    }

    private static bool IsTextPart(FileKind kind, string name) => kind.Code switch
    {
        "docx" => WordPart().IsMatch(name),
        "xlsx" => name == "xl/sharedStrings.xml" || SheetPart().IsMatch(name),
        _ => name is "content.xml" or "styles.xml",
    };

    private static bool ReadPart(Stream part, HashSet<string>? textElements, TextBuffer text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(part, settings);
        var open = new Stack<string>();
        while (reader.Read())
        {
            var more = reader.NodeType switch
            {
                XmlNodeType.Element when reader.IsEmptyElement => Separate(reader.LocalName, text),
                XmlNodeType.Element => Push(open, reader.LocalName),
                XmlNodeType.EndElement => Separate(open.Pop(), text),
                XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace
                    when textElements is null || (open.TryPeek(out var element) && textElements.Contains(element)) => text.Append(reader.Value),
                _ => true,
            };
            if (!more) return false;
        }
        return true;
    }

    private static bool Push(Stack<string> open, string name)
    {
        open.Push(name);
        return true;
    }

    private static bool Separate(string element, TextBuffer text) =>
        !Separators.TryGetValue(element, out var separator) || text.Append(separator);

    [GeneratedRegex(@"^word/(document|(header|footer)\d*|footnotes|endnotes|comments)\.xml\z")]
    private static partial Regex WordPart();

    [GeneratedRegex(@"^xl/worksheets/sheet\d+\.xml\z")]
    private static partial Regex SheetPart();

    // The body first (document.xml, content.xml, shared strings), then the rest by name.
    private sealed class PartOrder : IComparer<string>
    {
        public static readonly PartOrder Instance = new();

        public int Compare(string? x, string? y) => Rank(x) != Rank(y) ? Rank(x) - Rank(y) : string.CompareOrdinal(x, y);

        private static int Rank(string? name) => name is "word/document.xml" or "content.xml" or "xl/sharedStrings.xml" ? 0 : 1;
    }
}
