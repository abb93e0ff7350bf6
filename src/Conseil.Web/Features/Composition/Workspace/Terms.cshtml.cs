using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Secretariat)]
public class TermsModel(AppDb db) : PageModel
{
    public IReadOnlyList<Term> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Terms = await db.Terms.AsNoTracking().OrderByDescending(t => t.StartDate).ToListAsync(cancellationToken);
}
