using System.Security.Cryptography;
using Conseil.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Http;

namespace Conseil.Tests.Infrastructure.Files;

public sealed class FileStoreTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("conseil-files-");
    private readonly FileStore store;

    public FileStoreTests() => store = new FileStore(root.FullName, new FileStoreOptions { MaxBytes = 64 * 1024 });

    public void Dispose() => root.Delete(recursive: true);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_document_is_stored_under_a_random_name_with_its_size_checksum_and_kind()
    {
        var content = SampleFiles.Pdf("Saisine du Haut Conseil");
        var result = await store.SaveAsync(new MemoryStream(content), "C:\\Mes documents\\saisine.pdf", FileKind.PdfOnly, cancellationToken: Cancel);

        var file = result.File.ShouldNotBeNull();
        result.Error.ShouldBeNull();
        file.Size.ShouldBe(content.Length);
        file.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        file.Kind.ShouldBe(FileKind.Pdf);
        file.DisplayName.ShouldBe("saisine.pdf");
        file.StorageName.ShouldMatch("^[0-9a-f]{32}$");
        file.StorageName.ShouldNotContain("saisine");
        await using var stored = store.OpenRead(file.StorageName).ShouldNotBeNull();
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy, Cancel);
        copy.ToArray().ShouldBe(content);
    }

    [Fact]
    public async Task The_file_lives_under_the_root_outside_any_web_folder_and_nothing_is_left_incoming()
    {
        var file = (await store.SaveAsync(new MemoryStream(SampleFiles.Png), "photo.png", FileKind.Images, cancellationToken: Cancel)).File!;

        File.Exists(Path.Combine(root.FullName, file.StorageName[..2], file.StorageName)).ShouldBeTrue();
        Directory.GetFiles(Path.Combine(root.FullName, "incoming")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_uploads_of_the_same_name_get_different_storage_names()
    {
        var first = await store.SaveAsync(new MemoryStream(SampleFiles.Png), "photo.png", FileKind.Images, cancellationToken: Cancel);
        var second = await store.SaveAsync(new MemoryStream(SampleFiles.Png), "photo.png", FileKind.Images, cancellationToken: Cancel);
        first.File!.StorageName.ShouldNotBe(second.File!.StorageName);
        first.File.Sha256.ShouldBe(second.File.Sha256);
    }

    [Fact]
    public async Task An_oversized_stream_is_refused_after_reading_just_past_the_limit_and_its_partial_file_removed()
    {
        var endless = new CountingStream(long.MaxValue);
        var result = await store.SaveAsync(endless, "énorme.pdf", FileKind.Documents, maxBytes: 10_000, cancellationToken: Cancel);

        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe("Le fichier « énorme.pdf » dépasse la taille maximale de 10 ko.");
        endless.BytesRead.ShouldBeLessThanOrEqualTo(10_001);
        Directory.GetFiles(root.FullName, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_configured_maximum_applies_by_default()
    {
        var result = await store.SaveAsync(new CountingStream(64 * 1024 + 1), "gros.pdf", FileKind.Documents, cancellationToken: Cancel);
        result.Error.ShouldBe("Le fichier « gros.pdf » dépasse la taille maximale de 64 ko.");
    }

    [Fact]
    public async Task A_renamed_file_is_refused_and_not_kept()
    {
        var result = await store.SaveAsync(new MemoryStream(SampleFiles.Docx("Rapport")), "rapport.pdf", FileKind.Documents, cancellationToken: Cancel);

        result.Error.ShouldBe("Le fichier « rapport.pdf » n'est pas un PDF : son contenu est celui d'un document Word (DOCX).");
        Directory.GetFiles(root.FullName, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_file_is_refused() =>
        (await store.SaveAsync(new MemoryStream(), "vide.pdf", FileKind.PdfOnly, cancellationToken: Cancel)).Error
            .ShouldBe("Le fichier « vide.pdf » est vide.");

    [Fact]
    public async Task A_posted_form_file_announcing_too_many_bytes_is_refused_without_being_read()
    {
        var body = new CountingStream(1_000_000);
        var upload = new FormFile(body, 0, 1_000_000, "Input.Fichier", "annexe.pdf");

        (await store.SaveAsync(upload, FileKind.PdfOnly, cancellationToken: Cancel)).Error
            .ShouldBe("Le fichier « annexe.pdf » dépasse la taille maximale de 64 ko.");
        body.BytesRead.ShouldBe(0);
    }

    [Fact]
    public async Task A_posted_form_file_is_stored_under_its_sanitised_name()
    {
        var content = SampleFiles.Odt("Contribution");
        var upload = new FormFile(new MemoryStream(content), 0, content.Length, "Input.Fichier", "../contribution.odt");

        (await store.SaveAsync(upload, FileKind.Documents, cancellationToken: Cancel)).File!.DisplayName.ShouldBe("contribution.odt");
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing_behind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() =>
            store.SaveAsync(new CountingStream(1000), "annexe.pdf", FileKind.PdfOnly, cancellationToken: cancelled.Token));
        Directory.GetFiles(root.FullName, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("0123456789abcdef0123456789abcdef/../x")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef\n")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("")]
    [InlineData(null)]
    public void Names_that_are_not_storage_names_open_and_delete_nothing(string? name)
    {
        FileStore.IsStorageName(name).ShouldBeFalse();
        store.OpenRead(name).ShouldBeNull();
        store.Delete(name).ShouldBeFalse();
    }

    [Fact]
    public async Task A_deleted_file_cannot_be_opened_again()
    {
        var file = (await store.SaveAsync(new MemoryStream(SampleFiles.Png), "photo.png", FileKind.Images, cancellationToken: Cancel)).File!;

        store.Delete(file.StorageName).ShouldBeTrue();
        store.OpenRead(file.StorageName).ShouldBeNull();
        store.Delete(file.StorageName).ShouldBeFalse();
    }

    [Fact]
    public void What_a_crashed_upload_left_is_swept_once_old_enough()
    {
        var incoming = Directory.CreateDirectory(Path.Combine(root.FullName, "incoming"));
        var old = Path.Combine(incoming.FullName, "0123456789abcdef0123456789abcdef");
        File.WriteAllBytes(old, [1, 2, 3]);
        File.SetLastWriteTimeUtc(old, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.WriteAllBytes(Path.Combine(incoming.FullName, "fedcba9876543210fedcba9876543210"), [1]);

        store.DeleteAbandonedUploads(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)).ShouldBe(1);
        File.Exists(old).ShouldBeFalse();
    }

    /// <summary>Zeros, as many as asked, counting what was read (an "endless" body when asked for long.MaxValue).</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
