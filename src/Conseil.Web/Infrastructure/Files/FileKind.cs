namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// A type of document the site accepts, known by its content (<see cref="FileKindDetector"/>), never by the name or
/// the Content-Type the browser sent. <see cref="Code"/> is what a feature stores beside the file.
/// </summary>
public sealed record FileKind(string Code, string MimeType, string Label, bool Feminine, params string[] Extensions)
{
    public static readonly FileKind Pdf = new("pdf", "application/pdf", "Document PDF", false, ".pdf");
    public static readonly FileKind Docx = new("docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Document Word (DOCX)", false, ".docx");
    public static readonly FileKind Xlsx = new("xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Classeur Excel (XLSX)", false, ".xlsx");
    public static readonly FileKind Odt = new("odt", "application/vnd.oasis.opendocument.text", "Texte OpenDocument (ODT)", false, ".odt");
    public static readonly FileKind Ods = new("ods",
        "application/vnd.oasis.opendocument.spreadsheet", "Classeur OpenDocument (ODS)", false, ".ods");
    public static readonly FileKind Png = new("png", "image/png", "Image PNG", true, ".png");
    public static readonly FileKind Jpeg = new("jpeg", "image/jpeg", "Image JPEG", true, ".jpg", ".jpeg");
    public static readonly FileKind Gif = new("gif", "image/gif", "Image GIF", true, ".gif");
    public static readonly FileKind WebP = new("webp", "image/webp", "Image WebP", true, ".webp");

    public static readonly IReadOnlyList<FileKind> All = [Pdf, Docx, Xlsx, Odt, Ods, Png, Jpeg, Gif, WebP];

    /// <summary>Texts and spreadsheets: what a contribution or a working group's document may be.</summary>
    public static readonly IReadOnlyList<FileKind> Documents = [Pdf, Docx, Odt, Xlsx, Ods];

    public static readonly IReadOnlyList<FileKind> Images = [Png, Jpeg, Gif, WebP];

    /// <summary>A referral letter, a published report: PDF only.</summary>
    public static readonly IReadOnlyList<FileKind> PdfOnly = [Pdf];

    /// <summary>"PDF", "DOCX", "WebP": the format's short name in a sentence.</summary>
    public string Name => Code == "webp" ? "WebP" : Code.ToUpperInvariant();

    /// <summary>The canonical extension, with its dot: ".pdf", ".jpg".</summary>
    public string Extension => Extensions[0];

    /// <summary>"un document PDF", "une image PNG".</summary>
    public string WithArticle => (Feminine ? "une " : "un ") + LowerFirst(Label);

    /// <summary>"d'un document PDF", "d'une image PNG".</summary>
    public string OfArticle => "d'" + WithArticle;

    /// <summary>The kind a stored code names (<see cref="Code"/>), or null.</summary>
    public static FileKind? FromCode(string? code) => All.FirstOrDefault(kind => kind.Code == code);

    /// <summary>The kind whose extension a file name carries (".PDF" as ".pdf"), or null.</summary>
    public static FileKind? FromExtension(string extension) =>
        All.FirstOrDefault(kind => kind.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));

    public bool Equals(FileKind? other) => other is not null && other.Code == Code;

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Label;

    private static string LowerFirst(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}
