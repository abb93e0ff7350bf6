using Conseil.Web.Infrastructure.PersonalData.Detection;
using FrenchText = Conseil.Web.Infrastructure.French.French;

namespace Conseil.Web.Features.Contributions;

/// <summary>What the scan of a contribution decides: held for the secretariat, or received for moderation.</summary>
public sealed record Screening(ContributionStatus Status, string Findings, IReadOnlyList<AttachmentScreening> Attachments)
{
    /// <summary>The personal data found, in words, without the attachments that could not be read; empty when none.</summary>
    public string PersonalData { get; init; } = "";

    /// <summary>Attachments whose text could not all be read: a person reads them.</summary>
    public int Unverified { get; init; }

    public bool IsHeld => Status == ContributionStatus.Held;
}

/// <summary>An attachment's verdict: held back when something was found in it or its text could not all be read.</summary>
public sealed record AttachmentScreening(bool IsHeld, string Findings);

/// <summary>
/// Decides whether a contribution is held back: an e-mail address, a telephone number or a NIR (valid key) in its title,
/// its text or an attachment's text, or an attachment whose text could not all be read. The findings are kept in words
/// for the secretariat (« 1 numéro de téléphone, 1 numéro de sécurité sociale (NIR) »), never the values themselves.
/// </summary>
public static class ContributionScreening
{
    public const int MaxFindingsLength = 500;

    public static Screening Of(PersonalDataScan title, PersonalDataScan text, IReadOnlyList<PersonalDataScan> attachments)
    {
        var all = title.Findings.Concat(text.Findings).Concat(attachments.SelectMany(a => a.Findings)).ToList();
        var unverified = attachments.Count(a => a.Status != ExtractionStatus.Complete);
        var held = all.Count > 0 || unverified > 0;
        return new(held ? ContributionStatus.Held : ContributionStatus.Received, Summary(all, unverified),
            [.. attachments.Select(a => new AttachmentScreening(a.NeedsReview, Of(a)))])
        {
            PersonalData = Summary(all), Unverified = unverified,
        };
    }

    /// <summary>« 1 adresse électronique, 2 numéros de téléphone, 1 pièce jointe à vérifier »; empty when nothing.</summary>
    public static string Summary(IEnumerable<PersonalDataFinding> findings, int unverifiedAttachments = 0)
    {
        var parts = findings.GroupBy(f => f.Kind).OrderBy(g => g.Key)
            .Select(g => FrenchText.Count(g.Count(), PersonalDataFinding.Labels(g.Key).Label, PersonalDataFinding.Labels(g.Key).Plural))
            .ToList();
        if (unverifiedAttachments > 0) parts.Add(FrenchText.Count(unverifiedAttachments, "pièce jointe à vérifier", "pièces jointes à vérifier"));
        return Shorten(string.Join(", ", parts));
    }

    /// <summary>An attachment's findings and, when not all its text was read, why: « 1 NIR ; seul le début… ».</summary>
    public static string Of(PersonalDataScan scan) =>
        Shorten(string.Join(" ; ", new[] { scan.Findings.Count > 0 ? Summary(scan.Findings) : null, scan.Reason }.OfType<string>()));

    /// <summary>
    /// Why a text the secretariat wants to share cannot be: « Le texte contient encore 1 numéro de téléphone : masquez-le
    /// avant d'enregistrer. »; null when clean.
    /// </summary>
    public static string? StillPersonal(string what, string? text)
    {
        var findings = PersonalDataDetector.Find(text);
        if (findings.Count == 0) return null;
        var pronoun = findings.Count > 1 ? "les" : findings[0].Kind == PersonalDataKind.Email ? "la" : "le";
        return $"{what} contient encore {Summary(findings)} : masquez-{pronoun} avant d'enregistrer.";
    }

    private static string Shorten(string text) => text.Length <= MaxFindingsLength ? text : text[..(MaxFindingsLength - 1)] + "…";
}
