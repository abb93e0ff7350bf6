using Conseil.Web.Infrastructure.Files;

namespace Conseil.Tests.Infrastructure.Files;

public sealed class UploadCheckTests
{
    [Fact]
    public void A_file_whose_content_matches_its_name_and_the_allowed_kinds_passes()
    {
        UploadCheck.Refusal("rapport.pdf", FileKind.Pdf, FileKind.PdfOnly).ShouldBeNull();
        UploadCheck.Refusal("Photo.JPEG", FileKind.Jpeg, FileKind.Images).ShouldBeNull();
        UploadCheck.Refusal("Compte rendu 12.03.2021", FileKind.Odt, FileKind.Documents).ShouldBeNull();
    }

    [Fact]
    public void A_Word_file_renamed_pdf_is_refused_saying_what_it_is() =>
        UploadCheck.Refusal("rapport.pdf", FileKind.Docx, FileKind.Documents)
            .ShouldBe("Le fichier « rapport.pdf » n'est pas un PDF : son contenu est celui d'un document Word (DOCX).");

    [Fact]
    public void A_PDF_named_exe_is_refused() =>
        UploadCheck.Refusal("rapport.exe", FileKind.Pdf, FileKind.Documents)
            .ShouldBe("Le fichier « rapport.exe » porte l'extension .exe, qui ne correspond pas à son contenu, celui d'un document PDF.");

    [Fact]
    public void Html_renamed_pdf_is_refused_as_no_accepted_format() =>
        UploadCheck.Refusal("lettre.pdf", null, FileKind.PdfOnly)
            .ShouldBe("Le fichier « lettre.pdf » n'est pas un PDF : son contenu ne correspond à aucun format accepté (format accepté : PDF).");

    [Fact]
    public void Unknown_content_under_an_unknown_name_is_refused() =>
        UploadCheck.Refusal("page.html", null, FileKind.Documents)
            .ShouldBe("Le fichier « page.html » n'est pas d'un format accepté (formats acceptés : PDF, DOCX, ODT, XLSX et ODS).");

    [Fact]
    public void A_kind_the_caller_does_not_allow_is_refused_even_when_well_named() =>
        UploadCheck.Refusal("saisine.png", FileKind.Png, FileKind.PdfOnly)
            .ShouldBe("Le fichier « saisine.png » est une image PNG : ce format n'est pas accepté ici (format accepté : PDF).");

    [Theory]
    [InlineData(20L * 1024 * 1024, "20 Mo")]
    [InlineData(1536L * 1024, "1,5 Mo")]
    [InlineData(512L * 1024, "512 ko")]
    [InlineData(1L, "1 octet")]
    public void Sizes_read_the_French_way(long bytes, string expected) => UploadCheck.Size(bytes).ShouldBe(expected);
}
