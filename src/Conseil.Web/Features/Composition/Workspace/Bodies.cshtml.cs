using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Secretariat)]
public class BodiesModel(AppDb db) : PageModel
{
    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(cancellationToken);
}
