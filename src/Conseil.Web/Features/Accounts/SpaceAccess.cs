using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// The one rule of private spaces (a working group's space, a dossier under instruction; later drafts and ethics
/// questions): the secretariat, the president in office and the space's own members enter; nobody else, whatever
/// their role. A page or endpoint that finds the object but may not show it answers <b>404</b>, exactly as for an
/// object that does not exist, so that existence does not leak: <c>if (!await spaces.MayEnterAsync(User, group, ct)) return NotFound();</c>.
/// </summary>
public sealed class SpaceAccess(IAuthorizationService authorization, AppDb db, IServiceProvider services, TimeProvider clock)
{
    public async Task<bool> MayEnterAsync(ClaimsPrincipal user, IHasMembers space, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if ((await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded) return true;
        if ((await authorization.AuthorizeAsync(user, space, Policies.Members)).Succeeded) return true;
        return await IsPresidentAsync(user, ct);
    }

    /// <summary>Whether the account belongs to the president in office today, who may read every space.</summary>
    public async Task<bool> IsPresidentAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Workspace)).Succeeded) return false;
        if (await services.PersonIdOfAsync(user, ct) is not { } personId) return false;
        var today = FrenchDates.Today(clock);
        return await db.Offices.AnyAsync(o => o.PersonId == personId && o.Kind == OfficeKind.President
            && o.StartDate <= today && (o.EndDate == null || today <= o.EndDate), ct);
    }
}

/// <summary>A space whose members are known by person ids, read once (e.g. every member of a dossier's groups).</summary>
public sealed class PersonSpace(IEnumerable<int> members) : IHasMembers
{
    private readonly HashSet<int> members = [.. members];

    public bool HasMember(int personId) => members.Contains(personId);
}
