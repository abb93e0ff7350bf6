using System.Text.RegularExpressions;

namespace Conseil.Web.Infrastructure.PersonalData.Detection;

public enum PersonalDataKind
{
    Email,
    Phone,
    Nir,
}

/// <summary>Personal data found in a text: where it stands (to highlight or redact it) and what it is, in French.</summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>« adresse électronique », « numéro de téléphone », « numéro de sécurité sociale (NIR) ».</summary>
    public string Label => Labels(Kind).Label;

    /// <summary>« numéros de téléphone »: the label of several.</summary>
    public string Plural => Labels(Kind).Plural;

    /// <summary>What <see cref="PersonalDataRedaction.Redact"/> writes in its place: « [numéro de téléphone masqué] ».</summary>
    public string Placeholder => Labels(Kind).Placeholder;

    public static (string Label, string Plural, string Placeholder) Labels(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => ("adresse électronique", "adresses électroniques", "[adresse électronique masquée]"),
        PersonalDataKind.Phone => ("numéro de téléphone", "numéros de téléphone", "[numéro de téléphone masqué]"),
        PersonalDataKind.Nir => ("numéro de sécurité sociale (NIR)", "numéros de sécurité sociale (NIR)", "[numéro de sécurité sociale masqué]"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public bool Overlaps(int start, int end) => Start < end && start < End;

    internal static IEnumerable<PersonalDataFinding> Of(PersonalDataKind kind, IEnumerable<Match> matches) =>
        matches.Select(match => new PersonalDataFinding(kind, match.Index, match.Length));
}
