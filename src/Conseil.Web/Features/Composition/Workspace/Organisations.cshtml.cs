using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Secretariat)]
public class OrganisationsModel(AppDb db) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = [.. (await db.Organisations.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(o => o.Acronym, FrenchOrder.Instance)];
}
