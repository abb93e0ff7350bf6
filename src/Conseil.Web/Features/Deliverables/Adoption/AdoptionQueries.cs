using Conseil.Web.Data;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Deliverables.Adoption;

/// <summary>Where a version stands on agendas: an item that puts it to the vote, its meeting, and the vote's outcome if closed.</summary>
public sealed record AgendaLine(int MeetingId, int ItemId, DateTime StartsAt, string Body, MeetingStatus Status);

/// <summary>The reads of the adoption's forms and notices.</summary>
public sealed class AdoptionQueries(AppDb db)
{
    /// <summary>The meetings to come of the body that adopts the deliverable (of any body when it names none), the nearest first.</summary>
    public async Task<List<SelectListItem>> MeetingsAsync(int? bodyId, CancellationToken ct) =>
        (await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Planned && (bodyId == null || m.BodyId == bodyId))
            .OrderBy(m => m.StartsAt).Select(m => new { m.Id, m.StartsAt, Body = m.Body.Name }).Take(50).ToListAsync(ct))
        .Select(m => new SelectListItem($"{m.Body}, séance du {FrenchDates.Moment(m.StartsAt)}", m.Id.ToString())).ToList();

    /// <summary>The agenda items that put this version of the deliverable to the vote.</summary>
    public Task<List<AgendaLine>> AgendaAsync(int deliverableId, int versionNumber, CancellationToken ct) =>
        db.AgendaItems.AsNoTracking()
            .Where(i => db.Set<DeliverableVersion>().Any(v => v.Id == i.DeliverableVersionId && v.DeliverableId == deliverableId && v.Number == versionNumber))
            .OrderBy(i => i.Meeting.StartsAt)
            .Select(i => new AgendaLine(i.MeetingId, i.Id, i.Meeting.StartsAt, i.Meeting.Body.Name, i.Meeting.Status)).ToListAsync(ct);
}
