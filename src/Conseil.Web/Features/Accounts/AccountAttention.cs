using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// Active member accounts whose person no longer holds anything today (no mandate, office or body membership):
/// the secretariat decides whether to deactivate them. Staff accounts are not tied to a mandate and never listed.
/// </summary>
public sealed class AccountAttention(AppDb db, TimeProvider clock)
{
    public sealed record Row(string UserId, string Name, string Email);

    public async Task<IReadOnlyList<Row>> WithoutCurrentRoleAsync(CancellationToken cancellationToken)
    {
        var today = FrenchDates.Today(clock);
        var members = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Member), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        return (await db.Users.AsNoTracking()
            .Where(u => u.DeactivatedAt == null && members.Contains(u.Id))
            .Where(u => u.PersonId == null || (
                !db.Mandates.Any(m => m.PersonId == u.PersonId && m.Status == MandateStatus.Active && m.StartDate <= today && m.EndDate >= today)
                && !db.Offices.Any(o => o.PersonId == u.PersonId && o.StartDate <= today && (o.EndDate == null || o.EndDate >= today))
                && !db.BodyMemberships.Any(b => b.PersonId == u.PersonId && b.StartDate <= today && (b.EndDate == null || b.EndDate >= today))))
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(cancellationToken)).OrderBy(r => r.Name, FrenchOrder.Instance).ToList();
    }
}
