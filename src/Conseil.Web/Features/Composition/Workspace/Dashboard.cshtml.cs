using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Composition.Workspace;

[Authorize(Policy = Policies.Workspace)]
public class DashboardModel(AttentionQueries attention, AccountAttention accounts) : PageModel
{
    public Attention Attention { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<AccountAttention.Row> AccountsWithoutRole { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Attention = await attention.TodayAsync(cancellationToken);
        CanEdit = User.IsInRole(Roles.Secretariat) || User.IsInRole(Roles.Administrator);
        if (CanEdit) AccountsWithoutRole = await accounts.WithoutCurrentRoleAsync(cancellationToken);
    }
}
