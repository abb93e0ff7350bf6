using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Secretariat)]
public class PeopleModel(AppDb db) : PageModel
{
    public const int Limit = 200;
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>True when a query was typed: an empty list then says that nothing matched it.</summary>
    public bool Searched => !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        // Every folded word of the query, in any order, within the folded name ("eric martin" finds "Martin Éric").
        // A query with no letter or digit ("%", "'") folds to no word and matches nobody rather than everybody.
        var words = SearchKey.Words(Q);
        if (Searched && words.Count == 0) query = query.Where(_ => false);
        foreach (var word in words) query = query.Where(p => p.SearchKey.Contains(word));
        People = await query.OrderBy(p => p.SearchKey).ThenBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Take(Limit).ToListAsync(cancellationToken);
    }
}
