using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.Privacy;

/// <summary>A model property marked as personal data, with its French names (RecordLabels, as the audit log).</summary>
public sealed record PersonalField(
    string Entity, string Property, string Purpose, string Category, RetentionKind Retention, string Subjects)
{
    public string Name => $"{Entity}.{Property}";
    public string EntityLabel { get; init; } = Entity;
    public string PropertyLabel { get; init; } = Property;

    /// <summary>"Adresse électronique (personne)".</summary>
    public string Label => $"{PropertyLabel} ({EntityLabel.ToLower(Infrastructure.French.French.Culture)})";
}

/// <summary>
/// One processing of the register (art. 30 RGPD), for one purpose: its fields in French, and by their names in the
/// model for the data protection officer's tools.
/// </summary>
public sealed record Processing(
    string Purpose,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> FieldKeys,
    IReadOnlyList<string> DataSubjects,
    string LegalBasis,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Retention);

/// <summary>How long one kind of record is kept.</summary>
public sealed record RetentionRule(string Record, string Period);

/// <summary>The register of processing activities, built from the marks of the model.</summary>
public sealed record ProcessingRegister(
    string Controller, IReadOnlyList<Processing> Processings, IReadOnlyList<RetentionRule> RetentionRules);
