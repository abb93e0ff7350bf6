using Microsoft.AspNetCore.Authorization;
using Conseil.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Home;

[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Caching.PageCache.Policy, Tags = [Infrastructure.Caching.PageCacheTags.Composition])]
public class IndexModel(AppDb db) : PageModel
{
    public int Seats { get; private set; }
    public int Colleges { get; private set; }
    public int LocalCommittees { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var quotas = await db.Colleges.Select(c => c.Quota).ToListAsync(cancellationToken);
        Seats = quotas.Sum();
        Colleges = quotas.Count;
        LocalCommittees = await db.LocalCommittees.CountAsync(cancellationToken);
    }
}
