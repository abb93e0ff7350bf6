using System.Net.Http.Headers;
using Conseil.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Http;

namespace Conseil.Tests.Infrastructure.Files;

public sealed class FileDownloadTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("conseil-files-");

    public void Dispose() => root.Delete(recursive: true);

    [Theory]
    [InlineData("Compte rendu « été » 2021.pdf", "Compte rendu _ ete _ 2021.pdf",
        "Compte%20rendu%20%C2%AB%20%C3%A9t%C3%A9%20%C2%BB%202021.pdf")]
    [InlineData("../../etc/passwd", "passwd", "passwd")]
    [InlineData("a\"b;c.pdf", "a_b_c.pdf", "a%22b%3Bc.pdf")]
    [InlineData("Œuvre 100% sociale.pdf", "OEuvre 100_ sociale.pdf", "%C5%92uvre%20100%25%20sociale.pdf")]
    public void The_disposition_is_an_attachment_with_an_ascii_fallback_and_the_utf8_name(string name, string ascii, string encoded) =>
        ContentDisposition.Attachment(name).ShouldBe($"attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");

    [Fact]
    public void A_standard_parser_reads_back_the_real_name()
    {
        var header = ContentDispositionHeaderValue.Parse(ContentDisposition.Attachment("Compte rendu « été » 2021.pdf"));
        header.DispositionType.ShouldBe("attachment");
        header.FileNameStar.ShouldBe("Compte rendu « été » 2021.pdf");
    }

    [Fact]
    public async Task A_stored_file_is_served_as_an_attachment_with_its_detected_type()
    {
        var store = new FileStore(root.FullName, new FileStoreOptions());
        var content = SampleFiles.Docx("Compte rendu");
        var file = (await store.SaveAsync(new MemoryStream(content), "Compte rendu « été »", FileKind.Documents,
            cancellationToken: TestContext.Current.CancellationToken)).File!;
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();

        await FileDownload.Of(store, file).ShouldNotBeNull().ExecuteAsync(http);

        var response = http.Response;
        response.ContentType.ShouldBe(FileKind.Docx.MimeType);
        response.ContentLength.ShouldBe(content.Length);
        response.Headers.ContentDisposition.ToString().ShouldBe(ContentDisposition.Attachment("Compte rendu « été ».docx"));
        response.Headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
        response.Headers.CacheControl.ToString().ShouldBe("private, no-store");
        ((MemoryStream)response.Body).ToArray().ShouldBe(content);
    }

    [Fact]
    public void A_file_whose_bytes_are_gone_has_no_download() =>
        FileDownload.Of(new FileStore(root.FullName, new FileStoreOptions()), "0123456789abcdef0123456789abcdef", FileKind.Pdf, "x.pdf")
            .ShouldBeNull();
}
