using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Search;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition;

/// <summary>The lists the workspace forms choose from, one query each.</summary>
public sealed class CompositionChoices(AppDb db)
{
    public async Task<List<SelectListItem>> SeatsAsync(CancellationToken cancellationToken)
    {
        var seats = await db.Seats.AsNoTracking()
            .OrderBy(s => s.College.Number).ThenBy(s => s.Number)
            .Select(s => new { s.Id, s.Label, s.College.Number, s.College.Name })
            .ToListAsync(cancellationToken);
        var groups = seats.Select(s => (s.Number, s.Name)).Distinct()
            .ToDictionary(c => c.Number, c => new SelectListGroup { Name = $"Collège {c.Number} – {c.Name}" });
        return seats.Select(s => new SelectListItem(s.Label, s.Id.ToString()) { Group = groups[s.Number] }).ToList();
    }

    public async Task<List<SelectListItem>> PeopleAsync(CancellationToken cancellationToken) =>
        (await db.People.AsNoTracking().OrderBy(p => p.SearchKey).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new { p.Id, p.FamilyName, p.GivenName }).ToListAsync(cancellationToken))
        .Select(p => new SelectListItem($"{p.FamilyName} {p.GivenName}", p.Id.ToString())).ToList();

    public async Task<List<SelectListItem>> TermsAsync(CancellationToken cancellationToken) =>
        (await db.Terms.AsNoTracking().OrderByDescending(t => t.StartDate).ToListAsync(cancellationToken))
        .Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();

    public async Task<List<SelectListItem>> OrganisationsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().ToListAsync(cancellationToken))
        .OrderBy(o => o.Acronym, FrenchOrder.Instance).Select(o => new SelectListItem($"{o.Acronym} – {o.Name}", o.Id.ToString())).ToList();

    public static List<SelectListItem> Enum<T>(Func<T, string> label) where T : struct, Enum =>
        System.Enum.GetValues<T>().Select(v => new SelectListItem(label(v), v.ToString())).ToList();
}
