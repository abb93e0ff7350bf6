using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.AuditLog;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Outbox;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// Everything the system holds about one person (RGPD art. 15): their record, mandates, offices, memberships,
/// account (never its secrets), the audit entries about their rows and the messages sent to them.
/// </summary>
public sealed class PersonalDataExport(AppDb db, TimeProvider clock)
{
    public async Task<PersonExport?> ForAsync(int personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;

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
        var audit = await AuditAsync(person.Id, mandates.Select(m => m.Id), offices.Select(o => o.Id),
            memberships.Select(m => m.Id), accounts.Select(a => a.Id), ct);
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
            mails.Select(m => new MailExport(m.MessageId, m.To, m.Subject, OutboxLabels.Of(m.Status), m.CreatedAt, m.SentAt, m.TextBody)).ToList());
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

    private async Task<IReadOnlyList<AuditExport>> AuditAsync(int personId, IEnumerable<int> mandateIds, IEnumerable<int> officeIds,
        IEnumerable<int> membershipIds, IEnumerable<string> userIds, CancellationToken ct)
    {
        static List<string> Keys(IEnumerable<int> ids) => ids.Select(i => i.ToString()).ToList();
        var person = personId.ToString();
        var mandates = Keys(mandateIds);
        var offices = Keys(officeIds);
        var memberships = Keys(membershipIds);
        var users = userIds.ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(Person) && e.EntityId == person)
                || (e.EntityType == nameof(Mandate) && mandates.Contains(e.EntityId))
                || (e.EntityType == nameof(Office) && offices.Contains(e.EntityId))
                || (e.EntityType == nameof(BodyMembership) && memberships.Contains(e.EntityId))
                || (e.EntityType == nameof(AppUser) && users.Contains(e.EntityId)))
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        var lines = await new AuditReader(db).ReadAsync(entries, ct);
        return lines.Select(l => new AuditExport(l.Entry.At, l.Entry.UserName, l.Entry.EntityType, l.Entry.EntityId, l.Entry.Action,
            l.Type, l.Record, l.Changes)).ToList();
    }
}
