namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>Section "PersonalData:TextExtraction": how far an attachment is read before the reading stops.</summary>
public sealed class TextExtractionOptions
{
    public const string Section = "PersonalData:TextExtraction";

    public int MaxCharacters { get; set; } = 1_000_000;
    public int MaxPages { get; set; } = 500;

    /// <summary>Decompressed XML read from an office document, all parts together: a zip bomb stops here.</summary>
    public long MaxXmlBytes { get; set; } = 200L * 1024 * 1024;
}
