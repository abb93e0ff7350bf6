using Conseil.Web.Data;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Notifications;

/// <summary>
/// Notification choices and the news waiting for tomorrow's digest, as the demo's working groups would have left them:
/// the demo member chose the daily digest and the co-lead of their group to hear of everything at once; the last message
/// of that group's thread waits in the digest of the members who kept the default, and the open call in the demo member's.
/// </summary>
public sealed class NotificationsDemo : IFeatureDemoContent
{
    public async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        if (await db.NotificationPreferences.AnyAsync(ct)) return;
        var member = await db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.PersonId).SingleOrDefaultAsync(ct);
        if (member is not { } personId) return;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.NotificationPreferences.Add(NotificationSettings.New(personId, NotificationMode.DailyDigest));

        var group = await db.GroupMembers.Where(m => m.PersonId == personId && m.WorkingGroup.ClosedOn == null)
            .Select(m => new { m.WorkingGroupId, m.WorkingGroup.Name }).FirstOrDefaultAsync(ct);
        if (group is not null)
        {
            var members = await db.GroupMembers.Where(m => m.WorkingGroupId == group.WorkingGroupId).Select(m => new { m.PersonId, m.Role }).ToListAsync(ct);
            var coLead = members.FirstOrDefault(m => m.Role == GroupRole.CoLead)?.PersonId;
            if (coLead is { } lead) db.NotificationPreferences.Add(NotificationSettings.New(lead, NotificationMode.Immediate));
            var thread = await db.GroupThreads.Where(t => t.WorkingGroupId == group.WorkingGroupId).OrderBy(t => t.Id)
                .Select(t => new { t.Id, t.Subject, Last = t.Posts.OrderByDescending(p => p.At).Select(p => new { p.At, p.PersonId }).First() })
                .FirstOrDefaultAsync(ct);
            if (thread is not null)
            {
                foreach (var reader in members.Select(m => m.PersonId).Where(id => id != thread.Last.PersonId && id != coLead && id != personId))
                    db.PendingNotifications.Add(new PendingNotification
                    {
                        PersonId = reader, Text = $"{group.Name} : nouveau message dans le fil « {thread.Subject} »",
                        Link = WorkingGroupPaths.Thread(group.WorkingGroupId, thread.Id), CreatedAt = thread.Last.At,
                    });
            }
        }
        var call = await db.CallsForCandidates.Where(c => c.DecidedOn == null).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.WorkingGroupId, c.WorkingGroup.Name }).FirstOrDefaultAsync(ct);
        if (call is not null)
            db.PendingNotifications.Add(new PendingNotification
            {
                PersonId = personId, Text = $"Appel à candidatures ouvert pour le groupe de travail « {call.Name} »",
                Link = WorkingGroupPaths.Call(call.WorkingGroupId, call.Id), CreatedAt = now.AddHours(-3),
            });
        await db.SaveChangesAsync(ct);
    }
}
