using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers;

/// <summary>
/// A dossier's space for <see cref="SpaceAccess"/>: the members of its working groups (<see cref="PersonSpace"/>).
/// Whoever may not enter gets 404, as for a dossier that does not exist.
/// </summary>
public sealed class DossierAccess(AppDb db, SpaceAccess spaces)
{
    /// <summary>The persons of every working group of the dossier, read in one statement.</summary>
    public async Task<PersonSpace> SpaceOfAsync(int dossierId, CancellationToken ct) =>
        new(await db.GroupMembers.Where(m => m.WorkingGroup.DossierId == dossierId).Select(m => m.PersonId).ToListAsync(ct));

    public async Task<bool> MayEnterAsync(ClaimsPrincipal user, int dossierId, CancellationToken ct) =>
        await spaces.MayEnterAsync(user, await SpaceOfAsync(dossierId, ct), ct);

    /// <summary>
    /// Which of these dossiers the user may enter, in a constant number of statements: all of them for those who enter
    /// every space (the rule of <see cref="SpaceAccess"/> with a space of no members: the secretariat, the president in
    /// office), else those of the working groups the user's person belongs to.
    /// </summary>
    public async Task<IReadOnlySet<int>> EnterableAsync(ClaimsPrincipal user, IReadOnlyCollection<int> dossierIds, CancellationToken ct)
    {
        if (dossierIds.Count == 0 || user.Identity?.IsAuthenticated != true) return new HashSet<int>();
        if (await spaces.MayEnterAsync(user, new PersonSpace([]), ct)) return dossierIds.ToHashSet();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var ids = await db.GroupMembers
            .Where(m => m.WorkingGroup.DossierId != null && dossierIds.Contains(m.WorkingGroup.DossierId.Value)
                && db.Users.Any(u => u.Id == userId && u.PersonId == m.PersonId))
            .Select(m => m.WorkingGroup.DossierId!.Value).Distinct().ToListAsync(ct);
        return ids.ToHashSet();
    }
}
