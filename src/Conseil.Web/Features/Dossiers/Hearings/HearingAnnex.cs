using Conseil.Web.Data;
using Conseil.Web.Features.Roster;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>The annex's two orders, named in the address: <c>?ordre=organisme</c> (the default) or <c>?ordre=date</c>.</summary>
public enum AnnexOrder
{
    ByOrganisation,
    ByDate,
}

/// <summary>One person at one hearing, as the annex reads it.</summary>
public sealed record AnnexRow(int HearingId, DateTime At, string FullName, string Role, string Organisation, bool Consents);

/// <summary>A line of the annex: who (or the anonymity wording), their function, their organisation, on which days.</summary>
public sealed record AnnexPerson(string Name, string Role, string Organisation, bool Named, IReadOnlyList<DateOnly> Days);

/// <summary>A heading of the annex (an organisation, or a day) and its people.</summary>
public sealed record AnnexGroup(string Heading, IReadOnlyList<AnnexPerson> People);

public sealed record Annex(AnnexOrder Order, IReadOnlyList<AnnexGroup> Groups, IReadOnlyList<AnnexRow> Rows, int Hearings, int Anonymous, int Upcoming)
{
    public int People => Groups.Sum(g => g.People.Count);
}

/// <summary>
/// The list of people heard, ready to annex to the report, from the hearings already held (those to come are
/// counted, not listed). <b>Only a person who consented is named</b>, with their function; anyone else appears as
/// « Une personne ayant requis l'anonymat », with their organisation only (the organisations heard are the annex's
/// substance, a function could identify the person), and the annex counts them. By organisation (French order,
/// « À titre personnel » last), each person once with the days they were heard; or by day.
/// </summary>
public sealed class HearingAnnex(AppDb db, TimeProvider clock)
{
    public const string AnonymousName = "Une personne ayant requis l'anonymat";
    public const string NoOrganisation = "À titre personnel";
    public const string ByDateSlug = "date", ByOrganisationSlug = "organisme";

    public static readonly string[] CsvHeader = ["organisme", "personne auditionnée", "fonction", "date de l'audition"];

    public static AnnexOrder OrderOf(string? slug) => slug == ByDateSlug ? AnnexOrder.ByDate : AnnexOrder.ByOrganisation;

    public static string SlugOf(AnnexOrder order) => order == AnnexOrder.ByDate ? ByDateSlug : ByOrganisationSlug;

    /// <summary>Two statements: the people of the hearings held, and the number of hearings still to come.</summary>
    public async Task<Annex> BuildAsync(int dossierId, AnnexOrder order, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.HearingParticipants.AsNoTracking()
            .Join(db.Hearings.Where(h => h.DossierId == dossierId && h.At <= now), p => p.HearingId, h => h.Id,
                (p, h) => new AnnexRow(h.Id, h.At, p.FullName, p.Role, p.Organisation, p.ConsentsToPublication))
            .ToListAsync(ct);
        var upcoming = await db.Hearings.CountAsync(h => h.DossierId == dossierId && h.At > now, ct);
        var sorted = Sort(rows, order);
        return new Annex(order, Group(sorted, order), sorted, rows.Select(r => r.HearingId).Distinct().Count(), rows.Count(r => !r.Consents), upcoming);
    }

    /// <summary>The rows in the annex's order: by organisation then name, or by date then organisation; anonymous people last.</summary>
    public static List<AnnexRow> Sort(IEnumerable<AnnexRow> rows, AnnexOrder order)
    {
        var first = order == AnnexOrder.ByDate
            ? rows.OrderBy(r => Day(r.At)).ThenBy(OrganisationOf, FrenchOrder.Instance)
            : rows.OrderBy(r => r.Organisation.Trim().Length == 0 ? 1 : 0).ThenBy(OrganisationOf, FrenchOrder.Instance);
        return [.. first.ThenBy(r => r.Consents ? 0 : 1).ThenBy(r => r.Consents ? r.FullName : "", FrenchOrder.Instance).ThenBy(r => r.At)];
    }

    public static List<AnnexGroup> Group(IReadOnlyList<AnnexRow> sorted, AnnexOrder order) => order == AnnexOrder.ByDate
        ? [.. sorted.GroupBy(r => Day(r.At)).Select(g => new AnnexGroup(FrenchDates.Day(g.Key), [.. g.Select(r => Person(r, [g.Key]))]))]
        : [.. sorted.GroupBy(OrganisationOf).Select(g => new AnnexGroup(g.Key, People(g)))];

    /// <summary>UTF-8 with BOM, semicolons, one line per person and hearing, as the roster's CSV export.</summary>
    public static byte[] Csv(IReadOnlyList<AnnexRow> sorted) => RosterCsvExport.Write(CsvHeader, sorted.Select(r =>
    {
        var person = Person(r, [Day(r.At)]);
        return (IEnumerable<string>)[person.Organisation, person.Name, person.Role, FrenchDates.Numeric(Day(r.At))];
    }));

    // A named person heard twice appears once, with both days; the anonymous are never merged (nothing tells them apart).
    private static List<AnnexPerson> People(IEnumerable<AnnexRow> rows)
    {
        var named = rows.Where(r => r.Consents)
            .GroupBy(r => (Name: SearchKey.Fold(r.FullName), Role: SearchKey.Fold(r.Role)))
            .Select(g => Person(g.First(), [.. g.Select(r => Day(r.At)).Distinct().Order()]));
        return [.. named, .. rows.Where(r => !r.Consents).Select(r => Person(r, [Day(r.At)]))];
    }

    private static AnnexPerson Person(AnnexRow row, IReadOnlyList<DateOnly> days) => row.Consents
        ? new AnnexPerson(row.FullName, row.Role, OrganisationOf(row), true, days)
        : new AnnexPerson(AnonymousName, "", OrganisationOf(row), false, days);

    private static string OrganisationOf(AnnexRow row) => row.Organisation.Trim() is { Length: > 0 } name ? name : NoOrganisation;

    private static DateOnly Day(DateTime at) => DateOnly.FromDateTime(FrenchDates.ToParis(at));
}
