using System.IO.Compression;
using Conseil.Web.Infrastructure.Files;

namespace Conseil.Tests.Infrastructure.Files;

public sealed class FileKindDetectorTests
{
    public static TheoryData<string, byte[], string> Samples => new()
    {
        { "PDF", SampleFiles.Pdf("Compte rendu"), "pdf" },
        { "DOCX", SampleFiles.Docx("Compte rendu"), "docx" },
        { "XLSX", SampleFiles.Xlsx("Effectifs"), "xlsx" },
        { "ODT", SampleFiles.Odt("Compte rendu"), "odt" },
        { "ODS", SampleFiles.Ods("Effectifs"), "ods" },
        { "PNG", SampleFiles.Png, "png" },
        { "JPEG", SampleFiles.Jpeg, "jpeg" },
        { "GIF", SampleFiles.Gif, "gif" },
        { "WebP", SampleFiles.WebP, "webp" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_kind_is_known_by_its_content(string label, byte[] content, string code)
    {
        using var stream = new MemoryStream(content);
        FileKindDetector.Detect(stream).ShouldNotBeNull(label).Code.ShouldBe(code, label);
        stream.Position.ShouldBe(0);
    }

    [Fact]
    public void Kinds_carry_their_real_mime_type_extension_and_French_label()
    {
        FileKind.Docx.MimeType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        FileKind.Odt.MimeType.ShouldBe("application/vnd.oasis.opendocument.text");
        FileKind.Jpeg.Extension.ShouldBe(".jpg");
        FileKind.Docx.Label.ShouldBe("Document Word (DOCX)");
        FileKind.Odt.Label.ShouldBe("Texte OpenDocument (ODT)");
        FileKind.Xlsx.Label.ShouldBe("Classeur Excel (XLSX)");
        FileKind.Png.WithArticle.ShouldBe("une image PNG");
        FileKind.Pdf.OfArticle.ShouldBe("d'un document PDF");
        FileKind.FromCode("odt").ShouldBe(FileKind.Odt);
        FileKind.FromCode("exe").ShouldBeNull();
    }

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "HTML", SampleFiles.Html },
        { "SVG", SampleFiles.Svg },
        { "executable", SampleFiles.Exe },
        { "empty", [] },
        { "plain ZIP", SampleFiles.Zip(("notes.txt", "bonjour", CompressionLevel.Optimal)) },
        { "macro-enabled Word", SampleFiles.WithEntry(SampleFiles.Docx("Macro"), "word/vbaProject.bin") },
        { "OpenDocument presentation", SampleFiles.OpenDocument("application/vnd.oasis.opendocument.presentation", "<office:presentation/>") },
        { "mimetype without content", SampleFiles.Zip(("mimetype", "application/vnd.oasis.opendocument.text", CompressionLevel.NoCompression)) },
        { "content types without a body", SampleFiles.Zip(("[Content_Types].xml", "<Types/>", CompressionLevel.Optimal)) },
        { "truncated ZIP", SampleFiles.Docx("Coupé")[..200] },
        { "legacy Word (OLE)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
        { "PDF header not at the start", [.. " "u8, .. SampleFiles.Pdf("Décalé")] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_not_a_kind(string label, byte[] content)
    {
        using var stream = new MemoryStream(content);
        FileKindDetector.Detect(stream).ShouldBeNull(label);
    }
}
