namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// A document kept by <see cref="FileStore"/>: what a feature saves in its own entity. <see cref="StorageName"/>
/// finds the bytes again; <see cref="DisplayName"/> is the sanitised name the user gave, for display only.
/// </summary>
public sealed record StoredFile(string StorageName, long Size, string Sha256, FileKind Kind, string DisplayName)
{
    /// <summary>The name to download under (<see cref="FileNames.ForDownload"/>).</summary>
    public string DownloadName => FileNames.ForDownload(DisplayName, Kind);
}

/// <summary>The stored file, or the French reason it was refused (nothing is left on disk then).</summary>
public sealed record FileSaveResult(StoredFile? File, string? Error)
{
    public bool Succeeded => File is not null;

    public static FileSaveResult Saved(StoredFile file) => new(file, null);

    public static FileSaveResult Refused(string error) => new(null, error);
}
