using System.Text;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

/// <summary>
/// E-mail addresses, telephone numbers and NIRs in a free text (a public contribution, an attachment's text), in
/// the order they appear, never two over the same characters: an address wins over the digits inside it, a NIR
/// (or a run merely shaped like one) over a phone number read inside its digits.
/// </summary>
public static class PersonalDataDetector
{
    public static IReadOnlyList<PersonalDataFinding> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var emails = EmailDetector.Find(text).ToList();
        var nirShapes = NirDetector.Shapes(text).Select(match => (Start: match.Index, End: match.Index + match.Length)).ToList();
        var nirs = NirDetector.Find(text).Where(nir => !emails.Any(email => email.Overlaps(nir.Start, nir.End)));
        var phones = PhoneDetector.Find(text).Where(phone =>
            !emails.Any(email => email.Overlaps(phone.Start, phone.End)) && !nirShapes.Any(nir => phone.Overlaps(nir.Start, nir.End)));
        return [.. emails.Concat(nirs).Concat(phones).OrderBy(finding => finding.Start)];
    }

    /// <summary>
    /// The text with each finding replaced by its placeholder (« [adresse électronique masquée] »…), for
    /// publishing or showing a contribution without what it should not carry. Findings may come in any order;
    /// one overlapping an earlier one is skipped.
    /// </summary>
    public static string Redact(string text, IEnumerable<PersonalDataFinding> findings)
    {
        var redacted = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings.Where(f => f.Start >= 0 && f.End <= text.Length).OrderBy(f => f.Start))
        {
            if (finding.Start < position) continue;
            redacted.Append(text, position, finding.Start - position).Append(finding.Placeholder);
            position = finding.End;
        }
        return redacted.Append(text, position, text.Length - position).ToString();
    }

    /// <summary><see cref="Find"/> then <see cref="Redact"/>.</summary>
    public static string Redact(string text) => Redact(text, Find(text));
}
