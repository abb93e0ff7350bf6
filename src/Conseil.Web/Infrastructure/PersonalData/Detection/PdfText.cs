using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>A PDF's text layer, page by page in reading order, up to the page and character limits.</summary>
internal static class PdfText
{
    public static ExtractedText Read(Stream content, TextExtractionOptions options)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var text = new TextBuffer(options.MaxCharacters);
        var pages = Math.Min(document.NumberOfPages, options.MaxPages);
        for (var number = 1; number <= pages; number++)
        {
            if (!text.Append(ContentOrderTextExtractor.GetText(document.GetPage(number))) || !text.Append("\n"))
                return text.Result(stoppedEarly: true);
        }
        return text.Result(stoppedEarly: document.NumberOfPages > pages);
    }
}
