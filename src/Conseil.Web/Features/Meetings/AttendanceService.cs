using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings;

/// <summary>
/// The attendance sheet of a meeting: each person convened present, remote, represented (with the member holding
/// their proxy), excused or absent. The whole sheet is checked before anything is saved, and saved at once.
/// </summary>
public sealed class AttendanceService(AppDb db, TimeProvider clock)
{
    public async Task<WriteResult<int>> RecordAsync(MeetingSpace space, AttendanceInput input, CancellationToken ct)
    {
        if (space.Meeting.Status is MeetingStatus.Cancelled)
            return WriteResult<int>.Conflict("Rows", "La séance est annulée : elle n'a pas de feuille d'émargement.");
        var convocation = space.Convocation;
        var errors = new List<RuleViolation>();
        var rows = input.Rows.Where(r => r.Presence != Presence.Unknown || r.ProxyHolderId is not null).ToList();
        foreach (var (row, index) in input.Rows.Select((r, i) => (r, i)))
        {
            var field = $"Rows[{index}].Presence";
            if (!convocation.Convenes(row.PersonId)) errors.Add(new(field, "Cette personne n'est pas convoquée à la séance : rechargez la page."));
            else if (!Enum.IsDefined(row.Presence)) errors.Add(new(field, $"Choisissez la présence de {convocation.NameOf(row.PersonId)} dans la liste."));
        }
        if (input.Rows.GroupBy(r => r.PersonId).Any(g => g.Count() > 1))
            errors.Add(new("Rows", "La feuille contient deux fois la même personne : rechargez la page."));
        if (errors.Count > 0) return WriteResult<int>.Invalid(errors);

        var presence = rows.ToDictionary(r => r.PersonId, r => r.Presence);
        var members = convocation.People.Where(p => !p.IsSubstitute).Select(p => p.PersonId).ToHashSet();
        var given = new List<Proxy>();
        foreach (var (row, index) in input.Rows.Select((r, i) => (r, i)))
        {
            var field = $"Rows[{index}].ProxyHolderId";
            var name = convocation.NameOf(row.PersonId);
            if (row.Presence != Presence.Represented)
            {
                if (row.ProxyHolderId is not null)
                    errors.Add(new(field, $"{name} n'est pas indiqué comme représenté : choisissez « Représenté » ou retirez la procuration."));
                continue;
            }
            if (row.ProxyHolderId is not { } holder)
            {
                errors.Add(new(field, $"Indiquez le membre à qui {name} a donné procuration."));
                continue;
            }
            var proxy = new Proxy(row.PersonId, holder);
            if (Proxies.Refusal(proxy, members, given, convocation.Rules.MaxProxiesHeld, convocation.NameOf) is { } refusal) errors.Add(new(field, refusal));
            else if (!presence.GetValueOrDefault(holder).Attends())
                errors.Add(new(field, $"{convocation.NameOf(holder)} doit assister à la séance, sur place ou à distance, pour détenir la procuration de {name}."));
            else given.Add(proxy);
        }
        if (errors.Count > 0) return WriteResult<int>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Attendances.Where(a => a.MeetingId == space.Id).ToDictionaryAsync(a => a.PersonId, ct);
        foreach (var row in input.Rows)
        {
            if (existing.TryGetValue(row.PersonId, out var attendance))
            {
                if (row.Presence == Presence.Unknown) { db.Attendances.Remove(attendance); continue; }
                if (attendance.Presence == row.Presence && attendance.ProxyHolderId == row.ProxyHolderId) continue;
                (attendance.Presence, attendance.ProxyHolderId, attendance.RecordedAt) = (row.Presence, row.ProxyHolderId, now);
            }
            else if (row.Presence != Presence.Unknown)
            {
                db.Attendances.Add(new Attendance
                {
                    MeetingId = space.Id, PersonId = row.PersonId, Presence = row.Presence, ProxyHolderId = row.ProxyHolderId, RecordedAt = now,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        return WriteResult<int>.Saved(rows.Count);
    }
}
