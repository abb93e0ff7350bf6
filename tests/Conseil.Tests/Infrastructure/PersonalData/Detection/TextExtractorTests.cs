using System.IO.Compression;
using Conseil.Tests.Infrastructure.Files;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Infrastructure.PersonalData.Detection;

public sealed class TextExtractorTests
{
    private static readonly TextExtractor Extractor = new(new TextExtractionOptions());

    public static TheoryData<string, byte[]> Documents => new()
    {
        { "pdf", SampleFiles.Pdf("Compte rendu de l'audition", "Joindre Mme Martin au 06 12 34 56 78.") },
        { "docx", SampleFiles.Docx("Compte rendu de l'audition\nJoindre Mme Martin au 06 12 34 56 78.") },
        { "odt", SampleFiles.Odt("Compte rendu de l'audition\nJoindre Mme Martin au 06 12 34 56 78.") },
        { "xlsx", SampleFiles.Xlsx("Joindre Mme Martin au 06 12 34 56 78.") },
        { "ods", SampleFiles.Ods("Joindre Mme Martin au 06 12 34 56 78.") },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_phone_number_in_a_generated_document_is_found(string code, byte[] content)
    {
        var extracted = Extractor.Extract(new MemoryStream(content), FileKind.FromCode(code)!);

        extracted.Status.ShouldBe(ExtractionStatus.Complete);
        extracted.Reason.ShouldBeNull();
        var phone = PersonalDataDetector.Find(extracted.Text).Where(f => f.Kind == PersonalDataKind.Phone).ShouldHaveSingleItem();
        extracted.Text.Substring(phone.Start, phone.Length).ShouldBe("06 12 34 56 78");
    }

    [Fact]
    public void Paragraphs_stay_apart_so_numbers_do_not_run_together()
    {
        var text = Extractor.Extract(new MemoryStream(SampleFiles.Docx("Réf. 2021\n06 12 34 56 78")), FileKind.Docx).Text;
        text.ShouldBe("Réf. 2021\n06 12 34 56 78\n");
    }

    [Fact]
    public void A_header_of_a_Word_document_is_read_too()
    {
        var text = Extractor.Extract(new MemoryStream(SampleFiles.Docx("Corps", header: "contact@exemple.fr")), FileKind.Docx).Text;
        text.ShouldContain("Corps");
        text.ShouldContain("contact@exemple.fr");
    }

    [Fact]
    public void A_number_stored_in_a_spreadsheet_cell_is_read_as_digits()
    {
        var text = Extractor.Extract(new MemoryStream(SampleFiles.Xlsx("Effectifs")), FileKind.Xlsx).Text;
        PersonalDataDetector.Find(text).ShouldContain(f => f.Kind == PersonalDataKind.Nir);
    }

    public static TheoryData<string, byte[]> Corrupt => new()
    {
        { "pdf", [.. "%PDF-1.7\n"u8, .. new byte[500]] },
        { "docx", SampleFiles.Docx("Coupé")[..300] },
        { "odt", SampleFiles.OpenDocument("application/vnd.oasis.opendocument.text", "<office:text><text:p>non fermé") },
        { "odt", SampleFiles.OpenDocument("application/vnd.oasis.opendocument.text",
            "<office:text><text:p>&xxe;</text:p></office:text>") },
        { "xlsx", [1, 2, 3] },
    };

    [Theory]
    [MemberData(nameof(Corrupt))]
    public void A_corrupt_file_is_unreadable_never_an_exception(string code, byte[] content)
    {
        var extracted = Extractor.Extract(new MemoryStream(content), FileKind.FromCode(code)!);
        extracted.Status.ShouldBe(ExtractionStatus.Unreadable);
        extracted.Reason.ShouldBe("le document n'a pas pu être lu (fichier endommagé ou protégé)");
    }

    [Fact]
    public void A_document_type_declaration_is_refused_not_expanded()
    {
        var bomb = SampleFiles.Zip(
            ("mimetype", "application/vnd.oasis.opendocument.text", CompressionLevel.NoCompression),
            ("content.xml", """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>""", CompressionLevel.Optimal));
        Extractor.Extract(new MemoryStream(bomb), FileKind.Odt).Status.ShouldBe(ExtractionStatus.Unreadable);
    }

    [Fact]
    public void Reading_stops_at_the_character_limit_and_says_so()
    {
        var limited = new TextExtractor(new TextExtractionOptions { MaxCharacters = 20 });
        var extracted = limited.Extract(new MemoryStream(SampleFiles.Odt("Un long texte qui dépasse la limite\n06 12 34 56 78")), FileKind.Odt);

        extracted.Status.ShouldBe(ExtractionStatus.Truncated);
        extracted.Text.Length.ShouldBe(20);
        extracted.Reason.ShouldBe("seul le début du document a pu être vérifié");
    }

    [Fact]
    public void A_highly_compressed_part_is_read_only_up_to_the_decompressed_budget()
    {
        var padding = new string(' ', 5_000_000);
        var bomb = SampleFiles.OpenDocument("application/vnd.oasis.opendocument.text", $"<office:text>{padding}<text:p>06 12 34 56 78</text:p></office:text>");
        bomb.Length.ShouldBeLessThan(100_000);

        var limited = new TextExtractor(new TextExtractionOptions { MaxXmlBytes = 1_000_000 });
        limited.Extract(new MemoryStream(bomb), FileKind.Odt).Status.ShouldBe(ExtractionStatus.Truncated);
    }

    [Fact]
    public void Pages_past_the_page_limit_are_not_read()
    {
        var limited = new TextExtractor(new TextExtractionOptions { MaxPages = 1 });
        var extracted = limited.Extract(new MemoryStream(SampleFiles.PdfPages("premiere page", "seconde page")), FileKind.Pdf);
        extracted.Status.ShouldBe(ExtractionStatus.Truncated);
        extracted.Text.ShouldContain("premiere");
        extracted.Text.ShouldNotContain("seconde");
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpeg")]
    public void An_image_has_no_text_to_check(string code) =>
        Extractor.Extract(new MemoryStream(SampleFiles.Png), FileKind.FromCode(code)!).Status.ShouldBe(ExtractionStatus.NoText);

    [Fact]
    public void A_PDF_without_a_text_layer_has_no_text_to_check() =>
        Extractor.Extract(new MemoryStream(SampleFiles.Pdf()), FileKind.Pdf).Status.ShouldBe(ExtractionStatus.NoText);
}
