using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Meetings.Calendar;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Mail;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// Erases a person (RGPD art. 17) by anonymisation: their mandates stay, so the history of seats holds
/// "Personne anonymisée n°…"; so do their places in working groups and their messages in the groups' threads (the
/// council's archives, now signed by the anonymised person). Their account, candidacies, notification choice and
/// pending news are deleted; their personal values leave the audit log.
/// </summary>
public sealed class PersonErasure(AppDb db, IAuditActor actor, TimeProvider clock)
{
    public const string Action = "Effacement RGPD";

    public static string AnonymousFamilyName(int id) => $"anonymisée n°{id}";

    public async Task<bool> EraseAsync(int personId, CancellationToken ct)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return false;
        await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
        var users = await db.Users.Where(u => u.PersonId == personId).ToListAsync(ct);
        // Messages to them (sent or still waiting) hold their address and their name in the greeting.
        await OutboxRetention.DeleteAddressedToAsync(db, users.Select(u => u.Email).Append(person.Email), ct);

        var candidacies = await db.Candidacies.Where(c => c.PersonId == personId).ToListAsync(ct);
        db.Candidacies.RemoveRange(candidacies);
        db.NotificationPreferences.RemoveRange(await db.NotificationPreferences.Where(n => n.PersonId == personId).ToListAsync(ct));
        db.PendingNotifications.RemoveRange(await db.PendingNotifications.Where(n => n.PersonId == personId).ToListAsync(ct));
        db.Set<CalendarFeed>().RemoveRange(await db.Set<CalendarFeed>().Where(f => f.PersonId == personId).ToListAsync(ct));

        person.GivenName = "Personne";
        person.FamilyName = AnonymousFamilyName(person.Id);
        person.Email = null;
        person.Gender = Gender.Unspecified;
        db.Users.RemoveRange(users);
        await db.SaveChangesAsync(ct);

        var userIds = users.Select(u => u.Id).ToList();
        await AuditScrubber.ScrubAsync(db, nameof(Person), [person.Id.ToString()], AuditScrubber.FieldsOf(db, nameof(Person)), ct);
        await AuditScrubber.ScrubAsync(db, nameof(AppUser), userIds, AuditScrubber.FieldsOf(db, nameof(AppUser)), ct);
        await AuditScrubber.ScrubAsync(db, nameof(Candidacy), [.. candidacies.Select(c => c.Id.ToString())], AuditScrubber.FieldsOf(db, nameof(Candidacy)), ct);
        foreach (var userId in userIds) await AuditScrubber.ScrubAuthorAsync(db, userId, ct);

        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = nameof(Person),
            EntityId = person.Id.ToString(),
            Action = Action,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
