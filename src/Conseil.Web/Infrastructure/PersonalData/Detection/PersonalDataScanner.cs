using Conseil.Web.Infrastructure.Files;
using FrenchText = Conseil.Web.Infrastructure.French.French;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>
/// What a feature calls before publishing free text from the public (a contribution, its attachments): the
/// personal data found, where, and whether a person must look before anything goes out.
/// </summary>
public sealed class PersonalDataScanner(TextExtractor extractor)
{
    public PersonalDataScan Scan(string? text) =>
        new(text ?? "", ExtractionStatus.Complete, PersonalDataDetector.Find(text));

    /// <summary>The attachment's text, scanned; findings are positions in <see cref="PersonalDataScan.Text"/>.</summary>
    public PersonalDataScan Scan(Stream content, FileKind kind)
    {
        var extracted = extractor.Extract(content, kind);
        return new(extracted.Text, extracted.Status, PersonalDataDetector.Find(extracted.Text));
    }

    /// <summary>A stored document, scanned; Unreadable when its bytes are gone.</summary>
    public PersonalDataScan Scan(FileStore store, StoredFile file)
    {
        using var content = store.OpenRead(file.StorageName);
        return content is null ? new("", ExtractionStatus.Unreadable, []) : Scan(content, file.Kind);
    }
}

/// <summary>The outcome of a scan. <see cref="NeedsReview"/>: something was found, or not everything could be read.</summary>
public sealed record PersonalDataScan(string Text, ExtractionStatus Status, IReadOnlyList<PersonalDataFinding> Findings)
{
    public bool NeedsReview => Findings.Count > 0 || Status is not ExtractionStatus.Complete;

    /// <summary>« 1 adresse électronique, 2 numéros de téléphone », or null when nothing was found.</summary>
    public string? Summary => Findings.Count == 0 ? null : string.Join(", ",
        Findings.GroupBy(finding => finding.Kind).OrderBy(group => group.Key).Select(group =>
            FrenchText.Count(group.Count(), group.First().Label, group.First().Plural)));

    /// <summary>Null when complete; otherwise why not all was checked, in French (<see cref="ExtractedText.Reason"/>).</summary>
    public string? Reason => new ExtractedText(Text, Status).Reason;

    public string Redacted => PersonalDataDetector.Redact(Text, Findings);
}
