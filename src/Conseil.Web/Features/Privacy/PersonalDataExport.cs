using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
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

        var mandates = await db.Mandates.AsNoTracking().Where(m => m.PersonId == personId)
            .OrderBy(m => m.StartDate)
            .Select(m => new MandateExport(m.Id, m.Seat.College.Number, m.Seat.College.Name, m.Seat.Number, m.Seat.Label,
                m.Term.Name, m.Organisation != null ? m.Organisation.Name : null, m.Role, m.StartDate, m.EndDate, m.AppointingAct, m.Status))
            .ToListAsync(ct);
        var offices = await db.Offices.AsNoTracking().Where(o => o.PersonId == personId).OrderBy(o => o.StartDate)
            .Select(o => new OfficeExport(o.Id, o.Kind, o.StartDate, o.EndDate, o.Note))
            .ToListAsync(ct);
        var memberships = await db.BodyMemberships.AsNoTracking().Where(b => b.PersonId == personId).OrderBy(b => b.StartDate)
            .Select(b => new MembershipExport(b.Id, b.Body.Name, b.Role, b.StartDate, b.EndDate))
            .ToListAsync(ct);
        var accounts = await AccountsAsync(personId, ct);
        var audit = await AuditAsync(person.Id, mandates.Select(m => m.Id), offices.Select(o => o.Id),
            memberships.Select(m => m.Id), accounts.Select(a => a.Id), ct);
        var mails = await OutboxRetention.AddressedTo(db, accounts.Select(a => a.Email).Append(person.Email)).AsNoTracking()
            .OrderBy(m => m.Id)
            .Select(m => new MailExport(m.MessageId, m.To, m.Subject, m.Status, m.CreatedAt, m.SentAt, m.TextBody))
            .ToListAsync(ct);

        return new PersonExport(
            clock.GetUtcNow(), PersonalDataRegister.Controller,
            new PersonRecord(person.Id, person.GivenName, person.FamilyName, person.Gender, person.Email, person.IsDemo),
            mandates, offices, memberships, accounts, audit, mails);
    }

    private async Task<List<AccountExport>> AccountsAsync(int personId, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.PersonId == personId).OrderBy(u => u.Email).ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => new { r.UserId, role.Name })
            .ToListAsync(ct);
        return users.Select(u => new AccountExport(u.Id, u.Email, u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                u.TwoFactorEnabled, u.LockoutEnd))
            .ToList();
    }

    private async Task<List<AuditExport>> AuditAsync(int personId, IEnumerable<int> mandateIds, IEnumerable<int> officeIds,
        IEnumerable<int> membershipIds, IEnumerable<string> userIds, CancellationToken ct)
    {
        static List<string> Keys(IEnumerable<int> ids) => ids.Select(i => i.ToString()).ToList();
        var person = personId.ToString();
        var mandates = Keys(mandateIds);
        var offices = Keys(officeIds);
        var memberships = Keys(membershipIds);
        var users = userIds.ToList();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(Person) && e.EntityId == person)
                || (e.EntityType == nameof(Mandate) && mandates.Contains(e.EntityId))
                || (e.EntityType == nameof(Office) && offices.Contains(e.EntityId))
                || (e.EntityType == nameof(BodyMembership) && memberships.Contains(e.EntityId))
                || (e.EntityType == nameof(AppUser) && users.Contains(e.EntityId)))
            .OrderBy(e => e.Id)
            .Select(e => new AuditExport(e.At, e.UserName, e.EntityType, e.EntityId, e.Action, e.Before, e.After))
            .ToListAsync(ct);
    }
}
