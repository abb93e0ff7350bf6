using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.Composition.Workspace;

/// <summary>The secretariat's card of the workspace home: what needs attention in the composition.</summary>
public sealed class AttentionCard(AttentionQueries attention, AccountAttention accounts) : ViewComponent
{
    public sealed record Data(Attention Attention, IReadOnlyList<AccountAttention.Row> AccountsWithoutRole);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var data = new Data(await attention.TodayAsync(ct), await accounts.WithoutCurrentRoleAsync(ct));
        return View("/Features/Composition/Workspace/_AttentionCard.cshtml", data);
    }
}
