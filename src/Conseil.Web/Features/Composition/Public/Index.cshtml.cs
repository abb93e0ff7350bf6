using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Composition.Public;

[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Caching.PageCache.Policy, Tags = [Infrastructure.Caching.PageCacheTags.Composition])]
public class IndexModel(CompositionQueries queries) : PageModel
{
    public CompositionView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await queries.OnAsync(queries.Today, cancellationToken);
    }
}
