using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Calendar;

/// <summary>
/// The iCalendar feeds: the public sessions; a person's meetings (those that convene them, closed ones included, in
/// every body); a body's meetings. Each reads the meetings of the last two years and all those to come.
/// </summary>
public sealed class CalendarFeeds(AppDb db, TimeProvider clock, MeetingEvents events)
{
    public static readonly TimeSpan History = TimeSpan.FromDays(2 * 366);

    public async Task<string> PublicAsync(CancellationToken ct)
    {
        var meetings = await Entries(db.Meetings.Where(m => m.IsPublic)).ToListAsync(ct);
        return Write(meetings, workspace: false, "Haut Conseil du travail social – séances publiques");
    }

    public async Task<string?> OfAsync(FeedOwner owner, CancellationToken ct)
    {
        if (owner.BodyId is { } bodyId)
        {
            var name = await db.Bodies.Where(b => b.Id == bodyId).Select(b => b.Name).FirstOrDefaultAsync(ct);
            if (name is null) return null;
            return Write(await Entries(db.Meetings.Where(m => m.BodyId == bodyId)).ToListAsync(ct), workspace: true, $"{name} – séances");
        }
        return owner.PersonId is { } personId ? Write(await ConvokingAsync(personId, ct), workspace: true, "Mes séances – Haut Conseil du travail social") : null;
    }

    /// <summary>
    /// The meetings that convene a person, as <see cref="Convocations"/> counts them on the meeting's day: the plenary
    /// while they hold a current mandate (full member or substitute), another body while they hold a place in it.
    /// Three statements: their mandates, their places, the meetings of those bodies.
    /// </summary>
    public async Task<List<MeetingEntry>> ConvokingAsync(int personId, CancellationToken ct)
    {
        var mandates = await db.Mandates.AsNoTracking().Where(m => m.PersonId == personId && m.Status == MandateStatus.Active)
            .Select(m => new { m.StartDate, m.EndDate }).ToListAsync(ct);
        var places = await db.BodyMemberships.AsNoTracking().Where(m => m.PersonId == personId)
            .Select(m => new { m.BodyId, m.StartDate, m.EndDate }).ToListAsync(ct);
        var bodies = places.Select(p => p.BodyId).Distinct().ToList();
        var plenary = mandates.Count > 0;
        var candidates = await Entries(db.Meetings.Where(m => bodies.Contains(m.BodyId) || (plenary && m.Body.Kind == BodyKind.Plenary)))
            .ToListAsync(ct);
        return candidates.Where(m =>
        {
            var day = DateOnly.FromDateTime(FrenchDates.ToParis(m.StartsAt));
            return (m.IsPlenary && mandates.Any(x => x.StartDate <= day && day <= x.EndDate))
                || places.Any(p => p.BodyId == m.BodyId && p.StartDate <= day && (p.EndDate == null || day < p.EndDate));
        }).ToList();
    }

    private string Write(List<MeetingEntry> meetings, bool workspace, string name) =>
        CalendarWriter.Write(meetings.OrderBy(m => m.StartsAt).Select(m => events.Of(m, workspace)), clock.GetUtcNow().UtcDateTime, name: name);

    private IQueryable<MeetingEntry> Entries(IQueryable<Meeting> meetings)
    {
        var since = clock.GetUtcNow().UtcDateTime - History;
        return meetings.Where(m => m.StartsAt >= since).OrderBy(m => m.StartsAt).Take(1000).Select(m => new MeetingEntry(
            m.Id, m.Body.Name, m.StartsAt, m.EndsAt, m.Place, m.VideoLink, m.Status, m.Sequence,
            m.Items.OrderBy(i => i.Number).Select(i => i.Title).ToList())
        {
            BodyId = m.BodyId, IsPlenary = m.Body.Kind == BodyKind.Plenary,
        });
    }
}
