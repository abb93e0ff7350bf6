using System.Security.Claims;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

/// <summary>A meeting as the signed-in user may see it, with the people it convenes.</summary>
public sealed record MeetingSpace(Meeting Meeting, string BodyName, Convocation Convocation, bool IsSecretariat)
{
    public int Id => Meeting.Id;
    public DateOnly Day => DateOnly.FromDateTime(FrenchDates.ToParis(Meeting.StartsAt));
}

/// <summary>
/// Who enters a meeting's pages: a closed session is a private space (<see cref="SpaceAccess"/>: the secretariat, the
/// president, the people it convenes; anyone else gets 404, as for a meeting that does not exist); a public session is
/// read by every workspace user. Only the secretariat schedules, sets the agenda and records attendance.
/// </summary>
public sealed class MeetingRights(AppDb db, Convocations convocations, SpaceAccess spaces, IAuthorizationService authorization)
{
    public async Task<MeetingSpace?> EnterAsync(ClaimsPrincipal user, int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Body).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;
        var day = DateOnly.FromDateTime(FrenchDates.ToParis(meeting.StartsAt));
        var convocation = await convocations.OfAsync(meeting.BodyId, meeting.Body.Kind, day, ct);
        var mayEnter = meeting.IsPublic
            ? (await authorization.AuthorizeAsync(user, Policies.Workspace)).Succeeded
            : await spaces.MayEnterAsync(user, new PersonSpace(convocation.People.Select(p => p.PersonId)), ct);
        if (!mayEnter) return null;
        var isSecretariat = (await authorization.AuthorizeAsync(user, Policies.Secretariat)).Succeeded;
        return new MeetingSpace(meeting, meeting.Body.Name, convocation, isSecretariat);
    }

    /// <summary>The bodies whose meetings the user is convened to today, for the list of meetings.</summary>
    public async Task<IReadOnlySet<int>> BodiesOfAsync(int? personId, DateOnly day, CancellationToken ct)
    {
        if (personId is not { } id) return new HashSet<int>();
        var bodies = await db.BodyMemberships.AsNoTracking().Where(m => m.PersonId == id).Where(BodyMembership.HoldsPlaceOn(day))
            .Select(m => m.BodyId).ToListAsync(ct);
        if (await db.Mandates.AnyAsync(m => m.PersonId == id && m.Status == MandateStatus.Active && m.StartDate <= day && day <= m.EndDate, ct))
            bodies.AddRange(await db.Bodies.Where(b => b.Kind == BodyKind.Plenary).Select(b => b.Id).ToListAsync(ct));
        return bodies.ToHashSet();
    }
}
