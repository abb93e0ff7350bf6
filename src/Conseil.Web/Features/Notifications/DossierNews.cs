using System.Security.Cryptography;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Notifications;

/// <summary>
/// Announces a piece of news to the members of a dossier's working groups (or of one group), each as they chose on
/// <c>/compte/notifications</c>: an e-mail of the outbox at once, a line of tomorrow's daily digest, or nothing.
/// A person who never chose gets the <b>daily digest</b> (<see cref="DefaultMode"/>): they hear of their groups
/// without a message per change. The person acting is not told of their own change.
/// Nothing is saved here: the caller's SaveChangesAsync writes the news in the same transaction as the change.
/// </summary>
public sealed class DossierNews(AppDb db, MailOutbox outbox, SiteLinks links, IAuditActor actor, TimeProvider clock)
{
    public const NotificationMode DefaultMode = NotificationMode.DailyDigest;

    /// <summary><paramref name="link"/> is a path of the site (e.g. "/espace/dossiers/12/auditions/3").</summary>
    public async Task AnnounceAsync(int dossierId, string text, string link, CancellationToken ct)
    {
        var people = await db.GroupMembers.Where(m => m.WorkingGroup.DossierId == dossierId).Select(m => m.PersonId).Distinct().ToListAsync(ct);
        await AnnounceToPeopleAsync(people, text, link, ct);
    }

    public async Task AnnounceToGroupAsync(int groupId, string text, string link, CancellationToken ct)
    {
        var people = await db.GroupMembers.Where(m => m.WorkingGroupId == groupId).Select(m => m.PersonId).Distinct().ToListAsync(ct);
        await AnnounceToPeopleAsync(people, text, link, ct);
    }

    public async Task AnnounceToPeopleAsync(IReadOnlyCollection<int> personIds, string text, string link, CancellationToken ct)
    {
        if (await ActingPersonAsync(ct) is { } acting) personIds = [.. personIds.Where(id => id != acting)];
        if (personIds.Count == 0) return;
        var recipients = await NotificationRecipients.ReadAsync(db, personIds, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Without any address (no account, no contact address) a person cannot be written to.
        foreach (var person in recipients.Where(r => r.Address is not null))
        {
            switch (person.Mode ?? DefaultMode)
            {
                case NotificationMode.Immediate when person.Token is not null:
                    outbox.Add(ImmediateMail(person, text, link));
                    break;
                case NotificationMode.Immediate:
                case NotificationMode.DailyDigest:
                    db.PendingNotifications.Add(new PendingNotification { PersonId = person.PersonId, Text = Trim(text, 1000), Link = Trim(link, 500), CreatedAt = now });
                    break;
            }
        }
    }

    private OutgoingMail ImmediateMail(NotificationRecipient person, string text, string link) => new(
        person.Address!, $"Du nouveau dans vos groupes de travail : {Trim(text, 200)}",
        [
            text,
            "Vous recevez ce message parce que vous êtes membre d'un groupe de travail du Haut Conseil du travail social et avez choisi d'être prévenu à chaque nouveauté.",
        ])
    {
        RecipientName = person.Name,
        Link = new MailLink("Voir sur l'espace de travail", links.Absolute(link)),
        UnsubscribeUrl = links.Absolute(NotificationPaths.Unsubscribe(person.Token!)),
    };

    private async Task<int?> ActingPersonAsync(CancellationToken ct) =>
        actor.UserId is { } userId ? await db.Users.Where(u => u.Id == userId).Select(u => u.PersonId).SingleOrDefaultAsync(ct) : null;

    private static string Trim(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";

    /// <summary>A fresh secret for a one-click unsubscribe link: 32 random bytes, URL-safe.</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Who to write to: the address of the person's active account, else their contact address; their choice and link secret.</summary>
public sealed record NotificationRecipient(int PersonId, string Name, string? Address, NotificationMode? Mode, string? Token);

public static class NotificationRecipients
{
    public static async Task<List<NotificationRecipient>> ReadAsync(AppDb db, IReadOnlyCollection<int> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        var rows = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Name = p.GivenName + " " + p.FamilyName,
                Account = db.Users.Where(u => u.PersonId == p.Id && u.DeactivatedAt == null).Select(u => u.Email).FirstOrDefault(),
                p.Email,
                Preference = db.NotificationPreferences.Where(n => n.PersonId == p.Id).Select(n => new { n.Mode, n.UnsubscribeToken }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Id).Select(r => new NotificationRecipient(r.Id, r.Name,
            !string.IsNullOrWhiteSpace(r.Account) ? r.Account : string.IsNullOrWhiteSpace(r.Email) ? null : r.Email,
            r.Preference?.Mode, r.Preference?.UnsubscribeToken))];
    }
}
