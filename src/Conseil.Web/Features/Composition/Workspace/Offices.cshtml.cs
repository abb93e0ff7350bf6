using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Secretariat)]
public class OfficesModel(AppDb db) : PageModel
{
    public IReadOnlyList<Office> Offices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Offices = await db.Offices.AsNoTracking().Include(o => o.Person)
            .OrderBy(o => o.Kind).ThenByDescending(o => o.StartDate).ToListAsync(cancellationToken);
}
