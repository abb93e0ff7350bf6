using Conseil.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Conseil.Web.Features.Programme.Public;

/// <summary>The public page of the work programmes: only those adopted in plenary, never a proposal.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCacheTags.Programme])]
public class IndexModel(ProgrammeQueries queries) : PageModel
{
    public IReadOnlyList<ProgrammeView> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Programmes = await queries.AdoptedAsync(cancellationToken);
}
