using Conseil.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Conseil.Web.Infrastructure.Search;

namespace Conseil.Web.Features.Accounts.Workspace;

/// <summary>The secretariat's list of accounts: who, which role, active, invited or deactivated.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class AccountsModel(AppDb db) : PageModel
{
    public sealed record Row(string Id, string Name, string Email, string Role, bool Pending, bool Deactivated, bool TwoFactor);

    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var users = (await db.Users.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(u => u.DisplayName, FrenchOrder.Instance);
        Accounts = [.. users.Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "",
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => Roles.Label(r.Name ?? ""))),
            u.IsInvitationPending, u.IsDeactivated, u.TwoFactorEnabled))];
    }

    public static string State(Row row) => row.Deactivated ? "Désactivé" : row.Pending ? "Invitation envoyée" : "Actif";
}
