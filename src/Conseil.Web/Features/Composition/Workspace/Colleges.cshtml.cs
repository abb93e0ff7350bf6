using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Secretariat)]
public class CollegesModel(AppDb db) : PageModel
{
    public IReadOnlyList<(College College, int Seats)> Colleges { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Colleges.AsNoTracking().OrderBy(c => c.Number)
            .Select(c => new { College = c, Seats = c.Seats.Count }).ToListAsync(cancellationToken);
        Colleges = rows.Select(r => (r.College, r.Seats)).ToList();
    }
}
