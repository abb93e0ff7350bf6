namespace Conseil.Web.Infrastructure.Files;

/// <summary>Section "Files": where uploaded documents are kept and how large one may be.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>
    /// Relative to the content root; by default the "files" folder beside the database (Database:DataFolder), outside
    /// wwwroot. Several web processes must share it (a network volume), as they share the database.
    /// </summary>
    public string? Root { get; set; }

    /// <summary>The largest document accepted, in bytes: 20 Mo by default.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// What a form carries besides its files (antiforgery token, fields, multipart headers): added to the files'
    /// sizes for the request limit of <see cref="UploadLimitAttribute"/>.
    /// </summary>
    public long FormOverheadBytes { get; set; } = 1024 * 1024;
}
