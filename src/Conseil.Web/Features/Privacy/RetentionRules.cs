using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Mail;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// Applies the retention periods: clears former members' e-mails, deletes former members' accounts and old
/// audit entries. Each row changes in its own conditional statement (only while it still holds the data), so two
/// processes running the rules at once change each row once and record it once.
/// </summary>
public sealed class RetentionRules(IOptions<RetentionOptions> options, TimeProvider clock, IEnumerable<IRetentionStep> steps)
{
    public sealed record Outcome(int ClearedEmails, int DeletedAccounts, int DeletedAuditEntries)
    {
        public int DeletedMails { get; init; }
        public int DeletedCandidacies { get; init; }
        public int DeletedNotificationSettings { get; init; }
    }

    public async Task<Outcome> ApplyAsync(AppDb db, DateOnly today, CancellationToken ct = default)
    {
        var o = options.Value;
        var emails = await ClearEmailsAsync(db, today.AddMonths(-o.FormerMemberContactMonths), ct);
        var accounts = await DeleteAccountsAsync(db, today.AddMonths(-o.FormerMemberAccountMonths), ct);
        var audit = await DeleteAuditEntriesAsync(db, today.AddMonths(-o.AuditLogMonths), ct);
        var mails = await DeleteMailsAsync(db, today.AddDays(-o.OutboxDays), ct);
        var candidacies = await DeleteCandidaciesAsync(db, today.AddMonths(-o.CandidacyMonths), ct);
        var notifications = await DeleteNotificationSettingsAsync(db, today.AddMonths(-o.FormerMemberAccountMonths), ct);
        foreach (var step in steps) await step.ApplyAsync(db, today, ct);
        return new(emails, accounts, audit) { DeletedMails = mails, DeletedCandidacies = candidacies, DeletedNotificationSettings = notifications };
    }

    /// <summary>People who held something and whose every mandate, office and membership ended before the cut-off.</summary>
    public static IQueryable<Person> FormerMembers(AppDb db, DateOnly cutoff) =>
        db.People.Where(p =>
            (db.Mandates.Any(m => m.PersonId == p.Id) || db.Offices.Any(x => x.PersonId == p.Id)
                || db.BodyMemberships.Any(b => b.PersonId == p.Id))
            && !db.Mandates.Any(m => m.PersonId == p.Id && m.EndDate >= cutoff)
            && !db.Offices.Any(x => x.PersonId == p.Id && (x.EndDate == null || x.EndDate >= cutoff))
            && !db.BodyMemberships.Any(b => b.PersonId == p.Id && (b.EndDate == null || b.EndDate >= cutoff)));

    private async Task<int> ClearEmailsAsync(AppDb db, DateOnly cutoff, CancellationToken ct)
    {
        var ids = await FormerMembers(db, cutoff).Where(p => p.Email != null).Select(p => p.Id).ToListAsync(ct);
        var cleared = 0;
        foreach (var id in ids)
        {
            await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
            if (await db.People.Where(p => p.Id == id && p.Email != null).ExecuteUpdateAsync(s => s.SetProperty(p => p.Email, (string?)null), ct) == 0)
                continue;
            await AuditScrubber.ScrubAsync(db, nameof(Person), [id.ToString()], new HashSet<string> { nameof(Person.Email) }, ct);
            await RecordAsync(db, nameof(Person), id.ToString(), "Conservation : e-mail effacé", ct);
            await transaction.CommitAsync(ct);
            cleared++;
        }
        return cleared;
    }

    private async Task<int> DeleteAccountsAsync(AppDb db, DateOnly cutoff, CancellationToken ct)
    {
        var former = FormerMembers(db, cutoff).Select(p => (int?)p.Id);
        var ids = await db.Users.Where(u => former.Contains(u.PersonId)).Select(u => u.Id).ToListAsync(ct);
        var deleted = 0;
        foreach (var id in ids)
        {
            await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
            if (await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(ct) == 0) continue;
            await AuditScrubber.ScrubAsync(db, nameof(AppUser), [id], AuditScrubber.FieldsOf(db, nameof(AppUser)), ct);
            await AuditScrubber.ScrubAuthorAsync(db, id, ct);
            await RecordAsync(db, nameof(AppUser), id, "Conservation : compte supprimé", ct);
            await transaction.CommitAsync(ct);
            deleted++;
        }
        return deleted;
    }

    private async Task<int> DeleteAuditEntriesAsync(AppDb db, DateOnly cutoff, CancellationToken ct)
    {
        var before = cutoff.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
        var deleted = await db.AuditEntries.Where(e => e.At < before).ExecuteDeleteAsync(ct);
        if (deleted > 0) await RecordAsync(db, nameof(AuditEntry), cutoff.ToString("yyyy-MM-dd"), "Conservation : journal purgé", ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    private async Task<int> DeleteMailsAsync(AppDb db, DateOnly cutoff, CancellationToken ct)
    {
        await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
        var deleted = await OutboxRetention.DeleteOlderThanAsync(db, cutoff.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), ct);
        if (deleted > 0) await RecordAsync(db, nameof(OutboxMessage), cutoff.ToString("yyyy-MM-dd"), "Conservation : courriels supprimés", ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    /// <summary>Candidacies of calls whose selection was made before the cut-off: the decision lives on in the group's members.</summary>
    private async Task<int> DeleteCandidaciesAsync(AppDb db, DateOnly cutoff, CancellationToken ct)
    {
        var ids = await db.Candidacies.Where(c => c.Call.DecidedOn < cutoff).Select(c => c.Id).ToListAsync(ct);
        var deleted = 0;
        foreach (var id in ids)
        {
            await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
            if (await db.Candidacies.Where(c => c.Id == id).ExecuteDeleteAsync(ct) == 0) continue;
            await AuditScrubber.ScrubAsync(db, nameof(Candidacy), [id.ToString()], AuditScrubber.FieldsOf(db, nameof(Candidacy)), ct);
            await RecordAsync(db, nameof(Candidacy), id.ToString(), "Conservation : candidature supprimée", ct);
            await transaction.CommitAsync(ct);
            deleted++;
        }
        return deleted;
    }

    /// <summary>A former member's notification choice and pending news go with their account (same period).</summary>
    private async Task<int> DeleteNotificationSettingsAsync(AppDb db, DateOnly cutoff, CancellationToken ct)
    {
        var former = FormerMembers(db, cutoff).Select(p => p.Id);
        var ids = await db.NotificationPreferences.Where(n => former.Contains(n.PersonId)).Select(n => new { n.Id, n.PersonId }).ToListAsync(ct);
        var deleted = 0;
        foreach (var row in ids)
        {
            await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
            if (await db.NotificationPreferences.Where(n => n.Id == row.Id).ExecuteDeleteAsync(ct) == 0) continue;
            await db.PendingNotifications.Where(n => n.PersonId == row.PersonId).ExecuteDeleteAsync(ct);
            await RecordAsync(db, nameof(NotificationPreference), row.Id.ToString(), "Conservation : notifications supprimées", ct);
            await transaction.CommitAsync(ct);
            deleted++;
        }
        return deleted;
    }

    private async Task RecordAsync(AppDb db, string entity, string id, string action, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, UserName = SystemActor.Name, EntityType = entity, EntityId = id, Action = action,
        });
        await db.SaveChangesAsync(ct);
    }
}
