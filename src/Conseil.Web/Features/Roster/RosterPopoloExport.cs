using System.Globalization;
using System.Text.Json.Serialization;
using Conseil.Web.Features.Composition;

namespace Conseil.Web.Features.Roster;

public sealed record PopoloPerson(string Id, string Name,
    [property: JsonPropertyName("given_name")] string GivenName,
    [property: JsonPropertyName("family_name")] string FamilyName);

public sealed record PopoloOrganization(string Id, string Name, string Classification,
    [property: JsonPropertyName("parent_id")] string? ParentId);

public sealed record PopoloMembership(
    [property: JsonPropertyName("person_id")] string PersonId,
    [property: JsonPropertyName("organization_id")] string OrganizationId,
    [property: JsonPropertyName("on_behalf_of_id")] string? OnBehalfOfId,
    string Role,
    [property: JsonPropertyName("start_date")] string StartDate,
    [property: JsonPropertyName("end_date")] string EndDate);

public sealed record PopoloDocument(
    IReadOnlyList<PopoloPerson> Persons, IReadOnlyList<PopoloOrganization> Organizations, IReadOnlyList<PopoloMembership> Memberships);

/// <summary>The composition in the Popolo vocabulary used by open-data tools on assemblies (popoloproject.com).</summary>
public static class RosterPopoloExport
{
    private const string CouncilId = "hcts";

    public static PopoloDocument Build(IReadOnlyList<ExportRow> current, IReadOnlyList<Body> bodies, IReadOnlyList<College> colleges)
    {
        var rows = current.Where(r => !r.IsVacant).ToList();
        var persons = rows.DistinctBy(r => r.PersonId)
            .Select(r => new PopoloPerson(PersonId(r.PersonId), $"{r.GivenName} {r.FamilyName}", r.GivenName, r.FamilyName))
            .ToList();
        var organizations = new List<PopoloOrganization> { new(CouncilId, "Haut Conseil du travail social", "council", null) };
        organizations.AddRange(bodies.Select(b => new PopoloOrganization(b.Slug, b.Name, Classification(b.Kind), CouncilId)));
        // The colleges make up the plenary assembly.
        var plenary = bodies.FirstOrDefault(b => b.Kind == BodyKind.Plenary)?.Slug ?? CouncilId;
        organizations.AddRange(colleges.Select(c =>
            new PopoloOrganization(CollegeId(c.Number), $"Collège {c.Number} – {c.Name}", "college", plenary)));
        organizations.AddRange(rows.Select(r => r.Organisation).OfType<Organisation>().DistinctBy(o => o.Id)
            .Select(o => new PopoloOrganization(OrganisationId(o), o.Name, Classification(o.Kind), null)));
        var memberships = rows.Select(r => new PopoloMembership(PersonId(r.PersonId), CollegeId(r.CollegeNumber),
            r.Organisation is null ? null : OrganisationId(r.Organisation), r.RoleLabel, Iso(r.StartDate!.Value), Iso(r.EndDate!.Value))).ToList();
        return new PopoloDocument(persons, organizations, memberships);
    }

    /// <summary>
    /// Every classification in one style, lower case and snake_case like Popolo's own keys: "council", "college",
    /// "standing_commission", "local_authority" (never the C# names "StandingCommission").
    /// </summary>
    public static string Classification(Enum kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static string PersonId(int id) => $"personne-{id}";
    private static string CollegeId(int number) => $"college-{number}";
    private static string OrganisationId(Organisation o) => $"organisme-{o.Id}";
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
