using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.WorkingGroups.Workspace;

/// <summary>
/// The workspace home's card of a member: their current working groups and the calls for candidates open to them
/// (a current mandate), in one statement. Staff accounts, tied to no person, see nothing here.
/// </summary>
public sealed class GroupsCard(WorkingGroupQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return Content("");
        var home = await queries.HomeAsync(userId, HttpContext.RequestAborted);
        return View("/Features/WorkingGroups/Workspace/_GroupsCard.cshtml", home);
    }
}
