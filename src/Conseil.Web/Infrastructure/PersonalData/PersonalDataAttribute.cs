namespace Conseil.Web.Infrastructure.PersonalData;

/// <summary>Marks a property holding personal data (RGPD), with the purpose it is kept for.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute(string purpose) : Attribute
{
    public string Purpose { get; } = purpose;
}
