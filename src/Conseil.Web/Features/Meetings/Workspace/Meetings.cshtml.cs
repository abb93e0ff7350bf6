using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>The meetings a user sees: those of their bodies and the public ones; every meeting for the secretariat and the president.</summary>
public class MeetingsModel(MeetingQueries queries, MeetingRights rights, SpaceAccess spaces, IAuthorizationService authorization, TimeProvider clock)
    : PageModel
{
    public MeetingList List { get; private set; } = new([], [], 0);
    public bool IsSecretariat { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        var all = IsSecretariat || await spaces.IsPresidentAsync(User, ct);
        var bodies = all ? new HashSet<int>() : await rights.BodiesOfAsync(await HttpContext.RequestServices.PersonIdOfAsync(User, ct), FrenchDates.Today(clock), ct);
        List = await queries.ListAsync(all, bodies, ct);
    }
}
