using System.Security.Claims;
using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts;

public static class AccountPeople
{
    /// <summary>The person of the composition a signed-in account belongs to; null for staff accounts and visitors.</summary>
    public static async Task<int?> PersonIdOfAsync(this AppDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.PersonId).SingleOrDefaultAsync(ct);
    }
}
