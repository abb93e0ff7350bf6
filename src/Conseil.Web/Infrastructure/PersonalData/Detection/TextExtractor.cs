using Conseil.Web.Infrastructure.Files;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>
/// The text of an uploaded document, for <see cref="PersonalDataDetector"/>: PDF (PdfPig), DOCX, XLSX, ODT and ODS
/// (their XML, streamed). Bounded by <see cref="TextExtractionOptions"/>, and never throws on a bad file: it says
/// Unreadable, and the caller holds the contribution for review instead of letting it through.
/// </summary>
public sealed class TextExtractor(TextExtractionOptions options)
{
    /// <summary><paramref name="content"/> must be seekable (as <see cref="FileStore.OpenRead"/> is); it is left open.</summary>
    public ExtractedText Extract(Stream content, FileKind kind)
    {
        try
        {
            content.Position = 0;
            return kind.Code switch
            {
                "pdf" => PdfText.Read(content, options),
                "docx" or "xlsx" or "odt" or "ods" => OfficeText.Read(content, kind, options),
                _ => new ExtractedText("", ExtractionStatus.NoText),
            };
        }
        catch (Exception)
        {
            // Whatever a crafted or damaged file makes a parser throw, the answer is the same: read by a person.
            return ExtractedText.Unreadable;
        }
    }
}
