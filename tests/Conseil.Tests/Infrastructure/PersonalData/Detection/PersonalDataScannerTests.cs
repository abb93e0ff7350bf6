using Conseil.Tests.Infrastructure.Files;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.PersonalData.Detection;

namespace Conseil.Tests.Infrastructure.PersonalData.Detection;

public sealed class PersonalDataScannerTests : IDisposable
{
    private readonly PersonalDataScanner scanner = new(new TextExtractor(new TextExtractionOptions()));
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("conseil-scan-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void A_clean_text_needs_no_review()
    {
        var scan = scanner.Scan("Le Haut Conseil salue le travail des équipes de terrain.");
        scan.NeedsReview.ShouldBeFalse();
        scan.Summary.ShouldBeNull();
    }

    [Fact]
    public void Findings_are_summed_up_in_French()
    {
        var scan = scanner.Scan("Écrire à a@exemple.fr, b@exemple.fr ou appeler le 06 12 34 56 78.");
        scan.NeedsReview.ShouldBeTrue();
        scan.Summary.ShouldBe("2 adresses électroniques, 1 numéro de téléphone");
        scan.Redacted.ShouldBe("Écrire à [adresse électronique masquée], [adresse électronique masquée] ou appeler le [numéro de téléphone masqué].");
    }

    [Fact]
    public async Task A_stored_attachment_is_scanned_from_the_store()
    {
        var store = new FileStore(root.FullName, new FileStoreOptions());
        var file = (await store.SaveAsync(new MemoryStream(SampleFiles.Docx("NIR : 2 06 12 75 111 005 64")), "annexe.docx",
            FileKind.Documents, cancellationToken: TestContext.Current.CancellationToken)).File!;

        var scan = scanner.Scan(store, file);

        scan.Findings.ShouldHaveSingleItem().Kind.ShouldBe(PersonalDataKind.Nir);
        scan.Summary.ShouldBe("1 numéro de sécurité sociale (NIR)");
        store.Delete(file.StorageName);
        scanner.Scan(store, file).Status.ShouldBe(ExtractionStatus.Unreadable);
    }

    [Fact]
    public void An_unreadable_attachment_is_held_for_review_even_with_nothing_found()
    {
        var scan = scanner.Scan(new MemoryStream([.. "%PDF-1.4 "u8, 0, 0, 0]), FileKind.Pdf);
        scan.Findings.ShouldBeEmpty();
        scan.NeedsReview.ShouldBeTrue();
        scan.Reason.ShouldNotBeNull();
    }
}
