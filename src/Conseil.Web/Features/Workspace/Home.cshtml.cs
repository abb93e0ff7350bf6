using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Workspace;

/// <summary>
/// The workspace home (/espace): the menu entries and the dashboard cards the features register, each shown to
/// whoever satisfies its policy. The page itself knows no feature. Access: WorkspaceFeature's folder policy.
/// </summary>
public class HomeModel(IEnumerable<WorkspaceMenuEntry> menu, IEnumerable<DashboardCard> cards, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<WorkspaceMenuEntry> Menu { get; private set; } = [];
    public IReadOnlyList<DashboardCard> Cards { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Each policy is evaluated once, however many entries share it.
        var allowed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var policy in menu.Select(e => e.Policy).Concat(cards.Select(c => c.Policy)).Distinct())
            allowed[policy] = (await authorization.AuthorizeAsync(User, policy)).Succeeded;
        Menu = menu.Where(e => allowed[e.Policy]).ToList();
        Cards = cards.Where(c => allowed[c.Policy]).ToList();
    }
}
