namespace Conseil.Web.Infrastructure.PersonalData;

/// <summary>
/// Marks a property holding personal data (RGPD): the purpose it is kept for, its category and how long it is
/// kept. The register of processing (art. 30), the access export and the erasure are all built from these marks.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute(string purpose) : Attribute
{
    public string Purpose { get; } = purpose;
    public string Category { get; init; } = "Identité";
    public RetentionKind Retention { get; init; } = RetentionKind.CompositionHistory;
}
