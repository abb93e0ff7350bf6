namespace Conseil.Web.Infrastructure.PersonalData;

/// <summary>Names, for the register of processing, the people whose data an entity holds.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PersonalDataSubjectsAttribute(string subjects) : Attribute
{
    public string Subjects { get; } = subjects;
}
