using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// Uploaded documents on disk, outside wwwroot, each under a random name (root/ab/ab12…, 32 hex digits) that owes
/// nothing to the user's. A file is written to root/incoming, measured, hashed and sniffed as it streams in, and
/// moved into place only once accepted: a refused, oversized or interrupted upload leaves nothing behind.
/// </summary>
public sealed partial class FileStore(string root, FileStoreOptions options)
{
    private const int BufferSize = 81920;
    private readonly string incoming = Path.Combine(root, "incoming");

    public string Root { get; } = root;

    /// <summary>The configured largest document (Files:MaxBytes).</summary>
    public long MaxBytes => options.MaxBytes;

    public Task<FileSaveResult> SaveAsync(IFormFile file, IReadOnlyCollection<FileKind> allowed,
        long? maxBytes = null, CancellationToken cancellationToken = default)
    {
        var limit = maxBytes ?? options.MaxBytes;
        if (file.Length > limit) return Task.FromResult(FileSaveResult.Refused(UploadCheck.TooLarge(FileNames.Sanitize(file.FileName), limit)));
        return SaveOpenedAsync(file, allowed, limit, cancellationToken);
    }

    /// <summary>
    /// Copies <paramref name="content"/> from where it stands, stopping as soon as it passes the limit
    /// (<paramref name="maxBytes"/>, or Files:MaxBytes), then checks its kind against <paramref name="allowed"/>
    /// and its name against its kind (<see cref="UploadCheck"/>).
    /// </summary>
    public async Task<FileSaveResult> SaveAsync(Stream content, string? fileName, IReadOnlyCollection<FileKind> allowed,
        long? maxBytes = null, CancellationToken cancellationToken = default)
    {
        var displayName = FileNames.Sanitize(fileName);
        var limit = maxBytes ?? options.MaxBytes;
        var storageName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(incoming);
        var partial = Path.Combine(incoming, storageName);
        try
        {
            FileSaveResult result;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, useAsync: true))
                result = await ReceiveAsync(content, file, (storageName, displayName), allowed, limit, cancellationToken);
            if (!result.Succeeded)
            {
                File.Delete(partial);
                return result;
            }
            var final = PathOf(storageName);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(partial, final);
            return result;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>The stored bytes, to read from the start; null for a name that is not one of ours or no longer exists.</summary>
    public Stream? OpenRead(string? storageName)
    {
        if (!IsStorageName(storageName)) return null;
        try
        {
            return new FileStream(PathOf(storageName), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>False when there was nothing to delete (or the name is not one of ours).</summary>
    public bool Delete(string? storageName)
    {
        if (!IsStorageName(storageName) || !File.Exists(PathOf(storageName))) return false;
        File.Delete(PathOf(storageName));
        return true;
    }

    /// <summary>Removes what a process that died mid-upload left in root/incoming before <paramref name="before"/>.</summary>
    public int DeleteAbandonedUploads(DateTimeOffset before)
    {
        if (!Directory.Exists(incoming)) return 0;
        var abandoned = new DirectoryInfo(incoming).EnumerateFiles().Where(file => file.LastWriteTimeUtc < before.UtcDateTime).ToList();
        foreach (var file in abandoned) file.Delete();
        return abandoned.Count;
    }

    /// <summary>32 lower-case hex digits, as the store makes them: nothing else opens a path.</summary>
    public static bool IsStorageName([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? name) =>
        name is not null && StorageNamePattern().IsMatch(name);

    private string PathOf(string storageName) => Path.Combine(Root, storageName[..2], storageName);

    private async Task<FileSaveResult> SaveOpenedAsync(IFormFile file, IReadOnlyCollection<FileKind> allowed, long limit,
        CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return await SaveAsync(content, file.FileName, allowed, limit, cancellationToken);
    }

    private static async Task<FileSaveResult> ReceiveAsync(Stream content, FileStream file, (string Storage, string Display) name,
        IReadOnlyCollection<FileKind> allowed, long limit, CancellationToken cancellationToken)
    {
        var (size, sha256) = await CopyAsync(content, file, limit, cancellationToken);
        if (size > limit) return FileSaveResult.Refused(UploadCheck.TooLarge(name.Display, limit));
        if (size == 0) return FileSaveResult.Refused(UploadCheck.Empty(name.Display));
        file.Flush(flushToDisk: true);
        var kind = FileKindDetector.Detect(file);
        if (UploadCheck.Refusal(name.Display, kind, allowed) is { } refusal) return FileSaveResult.Refused(refusal);
        return FileSaveResult.Saved(new StoredFile(name.Storage, size, sha256, kind!, name.Display));
    }

    // Reads one byte past the limit at most: enough to know the file is too large, never the rest of it.
    private static async Task<(long Size, string Sha256)> CopyAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(BufferSize, limit + 1 - size)), cancellationToken)) > 0)
            {
                size += read;
                if (size > limit) return (size, "");
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [GeneratedRegex(@"^[0-9a-f]{32}\z")]
    private static partial Regex StorageNamePattern();
}
