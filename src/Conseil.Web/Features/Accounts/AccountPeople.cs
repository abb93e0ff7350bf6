using System.Security.Claims;

namespace Conseil.Web.Features.Accounts;

public static class AccountPeople
{
    /// <summary>
    /// The person of the composition a signed-in account belongs to; null for staff accounts and visitors. Read with the
    /// session's state (<see cref="AccountState"/>): no statement when the session check has just read it.
    /// </summary>
    public static Task<int?> PersonIdOfAsync(this IServiceProvider requestServices, ClaimsPrincipal user, CancellationToken ct) =>
        AccountState.PersonIdOfAsync(requestServices, user, ct);
}
