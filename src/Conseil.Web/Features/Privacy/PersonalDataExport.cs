using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.AuditLog;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Deliverables.Amendments;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Calendar;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Meetings.Written;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Features.WorkingGroups;
using Conseil.Web.Features.Outbox;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// Everything the system holds about one person (RGPD art. 15): their record, mandates, offices, memberships,
/// account (never its secrets), the audit entries about their rows and the messages sent to them; their places in
/// working groups, candidacies, messages in the groups' threads, notification choice and pending news.
/// </summary>
public sealed class PersonalDataExport(AppDb db, TimeProvider clock)
{
    public async Task<PersonExport?> ForAsync(int personId, CancellationToken ct)
    {
        // The person with their notification choice, pending news and calendar address: one statement.
        var row = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                Person = p,
                Preference = db.NotificationPreferences.Where(n => n.PersonId == p.Id).Select(n => new { n.Id, n.Mode }).FirstOrDefault(),
                Feed = db.Set<CalendarFeed>().Where(f => f.PersonId == p.Id).Select(f => new { f.Id, f.CreatedAt }).FirstOrDefault(),
                Pending = db.PendingNotifications.Where(n => n.PersonId == p.Id).OrderBy(n => n.CreatedAt)
                    .Select(n => new PendingNotificationExport(n.CreatedAt, n.Text, n.Link)).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var person = row.Person;

        var mandates = (await db.Mandates.AsNoTracking().Where(m => m.PersonId == personId)
            .OrderBy(m => m.StartDate)
            .Select(m => new
            {
                m.Id, College = m.Seat.College.Number, CollegeName = m.Seat.College.Name, Seat = m.Seat.Number, m.Seat.Label, Term = m.Term.Name,
                Organisation = m.Organisation != null ? m.Organisation.Name : null, m.Role, m.StartDate, m.EndDate, m.AppointingAct, m.Status,
            })
            .ToListAsync(ct))
            .Select(m => new MandateExport(m.Id, m.College, m.CollegeName, m.Seat, m.Label, m.Term, m.Organisation,
                CompositionLabels.Of(m.Role), m.StartDate, m.EndDate, m.AppointingAct, CompositionLabels.Of(m.Status)))
            .ToList();
        var offices = await db.Offices.AsNoTracking().Where(o => o.PersonId == personId).OrderBy(o => o.StartDate)
            .Select(o => new { o.Id, o.Kind, o.StartDate, o.EndDate, o.Note })
            .ToListAsync(ct);
        var memberships = await db.BodyMemberships.AsNoTracking().Where(b => b.PersonId == personId).OrderBy(b => b.StartDate)
            .Select(b => new { b.Id, Body = b.Body.Name, b.Role, b.StartDate, b.EndDate })
            .ToListAsync(ct);
        var accounts = await AccountsAsync(personId, ct);
        // Their places in working groups and their candidacies: one statement (few rows of each).
        var groups = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                Memberships = db.GroupMembers.Where(m => m.PersonId == p.Id).OrderBy(m => m.StartDate)
                    .Select(m => new { m.Id, Group = m.WorkingGroup.Name, m.Role, m.StartDate, m.WorkingGroup.ClosedOn }).ToList(),
                Candidacies = db.Candidacies.Where(c => c.PersonId == p.Id).OrderBy(c => c.SubmittedAt)
                    .Select(c => new { c.Id, Group = c.Call.WorkingGroup.Name, c.SubmittedAt, c.Motivation, c.Decision }).ToList(),
            })
            .SingleAsync(ct);
        var groupMemberships = groups.Memberships
            .Select(m => new GroupMembershipExport(m.Id, m.Group, WorkingGroupLabels.Of(m.Role), m.StartDate, m.ClosedOn)).ToList();
        var candidacies = groups.Candidacies
            .Select(c => new CandidacyExport(c.Id, c.Group, c.SubmittedAt, c.Motivation, WorkingGroupLabels.Of(c.Decision))).ToList();
        var posts = await db.GroupPosts.AsNoTracking().Where(p => p.PersonId == personId).OrderBy(p => p.At)
            .Join(db.GroupThreads, p => p.GroupThreadId, t => t.Id, (p, t) => new { p, t })
            .Join(db.WorkingGroups, x => x.t.WorkingGroupId, g => g.Id, (x, g) => new GroupPostExport(x.p.Id, g.Name, x.t.Subject, x.p.At, x.p.Text))
            .ToListAsync(ct);
        var amendments = (await db.Set<Amendment>().AsNoTracking().Where(a => a.PersonId == personId).OrderBy(a => a.ProposedAt)
                .Join(db.Deliverables, a => a.DeliverableId, d => d.Id, (a, d) => new { a, d.Title })
                .ToListAsync(ct))
            .Select(x => new AmendmentExport(x.a.Id, x.Title, x.a.Number, x.a.Target, x.a.ProposedAt, x.a.ProposedText, x.a.Justification, AmendmentLabels.Of(x.a.Status)))
            .ToList();
        var meetings = await MeetingRecordsExport.ReadAsync(db, personId, ct);
        List<CalendarFeedExport> feeds = row.Feed is { } feed ? [new CalendarFeedExport(feed.Id, feed.CreatedAt)] : [];
        var rows = new Dictionary<string, IEnumerable<int>>
        {
            [nameof(Attendance)] = meetings.Attendances.Select(a => a.Id),
            [nameof(ConvocationReply)] = meetings.Replies.Select(r => r.Id),
            [nameof(Ballot)] = meetings.Ballots.Select(b => b.Id),
            [nameof(ConflictOfInterest)] = meetings.Conflicts.Select(c => c.Id),
            [nameof(MinutesRemark)] = meetings.Remarks.Select(r => r.Id),
            [nameof(WrittenBallot)] = meetings.WrittenBallots.Select(b => b.Id),
            [nameof(CalendarFeed)] = feeds.Select(f => f.Id),
            [nameof(Mandate)] = mandates.Select(m => m.Id),
            [nameof(Office)] = offices.Select(o => o.Id),
            [nameof(BodyMembership)] = memberships.Select(m => m.Id),
            [nameof(GroupMember)] = groupMemberships.Select(m => m.Id),
            [nameof(Candidacy)] = candidacies.Select(c => c.Id),
            [nameof(GroupPost)] = posts.Select(p => p.Id),
            [nameof(Amendment)] = amendments.Select(a => a.Id),
            [nameof(NotificationPreference)] = row.Preference is { } chosen ? [chosen.Id] : [],
        };
        var audit = await AuditAsync(person.Id, rows, accounts.Select(a => a.Id), ct);
        var mails = await OutboxRetention.AddressedTo(db, accounts.Select(a => a.Email).Append(person.Email)).AsNoTracking()
            .OrderBy(m => m.Id)
            .Select(m => new { m.MessageId, m.To, m.Subject, m.Status, m.CreatedAt, m.SentAt, m.TextBody })
            .ToListAsync(ct);

        return new PersonExport(
            clock.GetUtcNow(), PersonalDataRegister.Controller,
            new PersonRecord(person.Id, person.GivenName, person.FamilyName, CompositionLabels.Of(person.Gender), person.Email, person.IsDemo),
            mandates,
            offices.Select(o => new OfficeExport(o.Id, OfficeLabels.Of(o.Kind), o.StartDate, o.EndDate, o.Note)).ToList(),
            memberships.Select(b => new MembershipExport(b.Id, b.Body, CompositionLabels.Of(b.Role), b.StartDate, b.EndDate)).ToList(),
            accounts, audit,
            mails.Select(m => new MailExport(m.MessageId, m.To, m.Subject, OutboxLabels.Of(m.Status), m.CreatedAt, m.SentAt, m.TextBody)).ToList())
        {
            GroupMemberships = groupMemberships, Candidacies = candidacies, GroupPosts = posts, Amendments = amendments,
            NotificationPreferences = row.Preference is { } preference ? [new NotificationPreferenceExport(NotificationRecords.Of(preference.Mode))] : [],
            PendingNotifications = row.Pending, Attendances = meetings.Attendances, ConvocationReplies = meetings.Replies, Ballots = meetings.Ballots,
            ConflictsOfInterest = meetings.Conflicts, MinutesRemarks = meetings.Remarks, WrittenBallots = meetings.WrittenBallots,
            CalendarFeeds = feeds,
        };
    }

    private async Task<List<AccountExport>> AccountsAsync(int personId, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.PersonId == personId).OrderBy(u => u.Email).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => new { r.UserId, role.Name })
            .ToListAsync(ct);
        return users.Select(u => new AccountExport(u.Id, u.Email, u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => Roles.Label(r.Name ?? "")).Order(StringComparer.Ordinal).ToList(),
                u.TwoFactorEnabled, u.LockoutEnd))
            .ToList();
    }

    /// <summary>The entries about the person, their account and their rows (entity name → ids), in one statement.</summary>
    private async Task<IReadOnlyList<AuditExport>> AuditAsync(int personId, Dictionary<string, IEnumerable<int>> rows,
        IEnumerable<string> userIds, CancellationToken ct)
    {
        List<string> Keys(string entity) => rows[entity].Select(i => i.ToString()).ToList();
        var person = personId.ToString();
        var (mandates, offices, memberships) = (Keys(nameof(Mandate)), Keys(nameof(Office)), Keys(nameof(BodyMembership)));
        var (groups, candidacies, posts, preferences) =
            (Keys(nameof(GroupMember)), Keys(nameof(Candidacy)), Keys(nameof(GroupPost)), Keys(nameof(NotificationPreference)));
        var users = userIds.ToList();
        // One (type, id) pair per condition: each reads the index on EntityType and EntityId.
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(Person) && e.EntityId == person)
                || (e.EntityType == nameof(Mandate) && mandates.Contains(e.EntityId))
                || (e.EntityType == nameof(Office) && offices.Contains(e.EntityId))
                || (e.EntityType == nameof(BodyMembership) && memberships.Contains(e.EntityId))
                || (e.EntityType == nameof(GroupMember) && groups.Contains(e.EntityId))
                || (e.EntityType == nameof(Candidacy) && candidacies.Contains(e.EntityId))
                || (e.EntityType == nameof(GroupPost) && posts.Contains(e.EntityId))
                || (e.EntityType == nameof(NotificationPreference) && preferences.Contains(e.EntityId))
                || (e.EntityType == nameof(AppUser) && users.Contains(e.EntityId)))
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        var lines = await new AuditReader(db).ReadAsync(entries, ct);
        return lines.Select(l => new AuditExport(l.Entry.At, l.Entry.UserName, l.Entry.EntityType, l.Entry.EntityId, l.Entry.Action,
            l.Type, l.Record, l.Changes)).ToList();
    }
}
