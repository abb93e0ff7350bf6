using Conseil.Web.Infrastructure.Files;

namespace Conseil.Tests.Infrastructure.Files;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("Compte rendu « été » 2021.pdf", "Compte rendu « été » 2021.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\marie\Documents\rapport.docx", "rapport.docx")]
    [InlineData("rapport\u202Efdp.exe", "rapport fdp.exe")]
    [InlineData("ligne\r\nsuivante.pdf", "ligne suivante.pdf")]
    [InlineData("  .cache.  ", "cache")]
    [InlineData("...", "document")]
    [InlineData("", "document")]
    [InlineData(null, "document")]
    [InlineData("e\u0301te\u0301.pdf", "été.pdf")]
    public void Names_are_made_safe_to_show(string? given, string expected) => FileNames.Sanitize(given).ShouldBe(expected);

    [Fact]
    public void A_long_name_is_cut_keeping_its_extension()
    {
        var name = FileNames.Sanitize(new string('a', 300) + ".pdf");
        name.Length.ShouldBe(FileNames.MaxLength);
        name.ShouldEndWith("a.pdf");
    }

    [Theory]
    [InlineData("rapport.PDF", ".pdf")]
    [InlineData("Compte rendu 12.03.2021", null)]
    [InlineData("Note de M. Dupont", null)]
    [InlineData("sans extension", null)]
    [InlineData("archive.tar.gz", ".gz")]
    public void The_claimed_extension_is_letters_after_the_last_dot(string name, string? expected) =>
        FileNames.ClaimedExtension(name).ShouldBe(expected);

    [Theory]
    [InlineData("rapport.pdf", "rapport.pdf")]
    [InlineData("rapport", "rapport.pdf")]
    [InlineData("Compte rendu 12.03.2021", "Compte rendu 12.03.2021.pdf")]
    public void A_download_name_ends_with_the_kind_extension(string name, string expected) =>
        FileNames.ForDownload(name, FileKind.Pdf).ShouldBe(expected);
}
