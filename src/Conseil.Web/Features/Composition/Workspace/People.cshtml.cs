using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
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

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.People.AsNoTracking();
        var q = Q?.Trim();
        if (!string.IsNullOrEmpty(q) && q.Length <= 100)
            query = query.Where(p => p.FamilyName.Contains(q) || p.GivenName.Contains(q));
        People = await query.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).Take(Limit).ToListAsync(cancellationToken);
    }
}
