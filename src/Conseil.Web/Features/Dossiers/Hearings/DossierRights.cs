using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.WorkingGroups;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Dossiers.Hearings;

/// <summary>
/// The signed-in user inside a dossier's space, and what they may do there. Everyone who enters reads (the rule of
/// <see cref="SpaceAccess"/>: the dossier's groups' members, the secretariat, the president). The secretariat does
/// everything. In a group of the dossier that is not closed, its co-leads and rapporteur (<see cref="DossierRights.LeadRoles"/>)
/// schedule and edit hearings, and every member (experts included) adds documents and versions. Only the secretariat
/// marks a document public. Once every group of the dossier is closed, its space stays readable to them, as a group's threads do.
/// </summary>
public sealed record DossierSpace(int Id, string Name, DossierState State, bool IsSecretariat, bool MayLead, bool MayContribute, string ActorName)
{
    public bool IsAdopted => DossierStates.IsAdopted(State);
}

public sealed class DossierRights(AppDb db, SpaceAccess spaces, IAuthorizationService authorization)
{
    public static readonly IReadOnlyList<GroupRole> LeadRoles = [GroupRole.CoLead, GroupRole.AdministrationCoLead, GroupRole.Rapporteur];

    private sealed record Membership(int PersonId, GroupRole Role, bool Open);

    /// <summary>
    /// The dossier as the user may see it, or null when there is no such dossier or the user may not enter its space:
    /// the page answers 404 alike, so that existence does not leak. The dossier and its groups' members are one statement.
    /// </summary>
    public async Task<DossierSpace?> EnterAsync(ClaimsPrincipal user, int dossierId, CancellationToken ct)
    {
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new
            {
                d.Id, d.Name, d.State,
                Members = db.GroupMembers.Where(m => m.WorkingGroup.DossierId == d.Id)
                    .Select(m => new Membership(m.PersonId, m.Role, m.WorkingGroup.ClosedOn == null)).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (dossier is null || !await spaces.MayEnterAsync(user, new PersonSpace(dossier.Members.Select(m => m.PersonId)), ct)) return null;

        var isSecretariat = (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.PersonId, u.DisplayName }).SingleOrDefaultAsync(ct);
        var mine = dossier.Members.Where(m => m.Open && account?.PersonId is { } personId && m.PersonId == personId).ToList();
        var name = string.IsNullOrWhiteSpace(account?.DisplayName) ? user.Identity?.Name ?? "Secrétariat" : account.DisplayName;
        return new DossierSpace(dossier.Id, dossier.Name, dossier.State, isSecretariat,
            MayLead: isSecretariat || mine.Any(m => LeadRoles.Contains(m.Role)),
            MayContribute: isSecretariat || mine.Count > 0,
            ActorName: name);
    }
}
