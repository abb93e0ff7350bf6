using Conseil.Web.Infrastructure.Files;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>How the documents' pages name a file's type and a document's status.</summary>
public static class DocumentLabels
{
    /// <summary>"PDF", "DOCX"… from the stored MIME type (detected from the content when it was deposited).</summary>
    public static string Format(string contentType) => FileKind.All.FirstOrDefault(k => k.MimeType == contentType)?.Name ?? "inconnu";

    public static string Status(bool isPublic) => isPublic ? "Public" : "Préparatoire";

    /// <summary>The accept attribute of the upload fields: the extensions of <see cref="DocumentService.Allowed"/>.</summary>
    public static string Accept { get; } = string.Join(",", DocumentService.Allowed.SelectMany(k => k.Extensions));

    /// <summary>"Formats acceptés : PDF, DOCX, ODT, XLSX, ODS, PNG, JPEG, GIF et WebP ; 20 Mo au plus."</summary>
    public static string Hint(long maxBytes) =>
        $"{char.ToUpperInvariant(UploadCheck.Formats(DocumentService.Allowed)[0])}{UploadCheck.Formats(DocumentService.Allowed)[1..]} ; {UploadCheck.Size(maxBytes)} au plus. "
        + "Le type du fichier est vérifié d'après son contenu.";
}
