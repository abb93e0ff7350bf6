using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure.Files;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Conseil.Web.Features.Dossiers.Documents;

/// <summary>
/// Documents of the COVID dossier (seed 003), stored through the <see cref="FileStore"/> as real PDF files of a few
/// lines: the synthesis of the local committees' contributions, the minutes of the first hearing (attached to it), and
/// the report in two versions, the adopted one public. Loaded after the hearings' demo, once.
/// </summary>
public sealed class DocumentsDemo : IFeatureDemoContent
{
    private const string Secretariat = "Secrétariat général du Haut Conseil";

    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        var store = services.GetRequiredService<FileStore>();
        var covid = await db.Dossiers.Where(d => d.Name.Contains("crise sanitaire")).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        if (covid is not { } dossierId || await db.DossierDocuments.AnyAsync(d => d.DossierId == dossierId, ct)) return;
        var firstHearing = await db.Hearings.Where(h => h.DossierId == dossierId).OrderBy(h => h.At).Select(h => (int?)h.Id).FirstOrDefaultAsync(ct);

        var synthesis = new DossierDocument { DossierId = dossierId, Title = "Synthèse des contributions des comités locaux", Kind = DocumentKind.WorkingDocument, CreatedAt = At(2020, 12, 7) };
        synthesis.Versions.Add(await VersionAsync(store, 1, "synthese-contributions-comites-locaux.pdf", At(2020, 12, 7), "Synthèse transmise par la DGCS.",
            ["Synthèse des contributions des comités locaux du travail social et du développement social",
             "Retours d'expériences et enquêtes auprès des travailleurs sociaux pendant la crise sanitaire."], ct));
        var minutes = new DossierDocument { DossierId = dossierId, Title = "Compte rendu de l'audition de l'ANDASS", Kind = DocumentKind.HearingMinutes, CreatedAt = At(2020, 10, 23) };
        minutes.Versions.Add(await VersionAsync(store, 1, "compte-rendu-audition-andass.pdf", At(2020, 10, 23), "",
            ["Compte rendu de l'audition de l'ANDASS du 21 octobre 2020", "Gouvernance de la crise et liens partenariaux dans les départements."], ct));
        var report = new DossierDocument
        {
            DossierId = dossierId, Title = "Rapport « Le travail social au défi de la crise sanitaire »", Kind = DocumentKind.Deliverable,
            CreatedAt = At(2021, 1, 11), IsPublic = true,
        };
        report.Versions.Add(await VersionAsync(store, 1, "rapport-crise-sanitaire-projet.pdf", At(2021, 1, 11), "Projet soumis à l'assemblée plénière.",
            ["Le travail social au défi de la crise sanitaire", "Projet de rapport soumis à l'assemblée plénière."], ct));
        report.Versions.Add(await VersionAsync(store, 2, "rapport-crise-sanitaire.pdf", At(2021, 1, 25), "Version adoptée : 12 préconisations en cinq thèmes.",
            ["Le travail social au défi de la crise sanitaire", "Rapport adopté le 25 janvier 2021 : 12 préconisations en cinq thèmes."], ct));
        db.DossierDocuments.AddRange(synthesis, minutes, report);
        if (firstHearing is { } hearingId) db.Set<HearingDocument>().Add(new HearingDocument { HearingId = hearingId, Document = minutes });
        await db.SaveChangesAsync(ct);
    }

    private static async Task<DocumentVersion> VersionAsync(FileStore store, int number, string fileName, DateTime at, string comment, string[] lines, CancellationToken ct)
    {
        using var content = new MemoryStream(Pdf(lines));
        var file = (await store.SaveAsync(content, fileName, DocumentService.Allowed, cancellationToken: ct)).File
            ?? throw new InvalidOperationException($"Le document de démonstration « {fileName} » n'a pas pu être enregistré.");
        return new DocumentVersion
        {
            Number = number, FileName = file.DisplayName, StorageName = file.StorageName, ContentType = file.Kind.MimeType, Size = file.Size,
            Sha256 = file.Sha256, UploadedAt = at, UploadedBy = Secretariat, Comment = comment,
        };
    }

    /// <summary>
    /// A one-page PDF with these lines (Helvetica, A4). The standard fonts PdfPig writes without embedding know no
    /// accented letter: the demo's text is folded to ASCII (« é » as « e »), the document's title keeps its accents.
    /// </summary>
    public static byte[] Pdf(IReadOnlyList<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        for (var i = 0; i < lines.Count; i++) page.AddText(ContentDisposition.AsciiFallback(lines[i].Replace('«', '"').Replace('»', '"')), i == 0 ? 14 : 11, new PdfPoint(50, 780 - 24 * i), font);
        return builder.Build();
    }

    private static DateTime At(int year, int month, int day) => FrenchDates.FromParis(new DateOnly(year, month, day), new TimeOnly(10, 0))!.Value;
}
