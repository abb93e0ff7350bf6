using Conseil.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Conseil.Web.Features.Accounts;

public static class AccountsEndpoints
{
    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapGet("/api/account", GetMyAccountAsync)
            .RequireAuthorization(Policies.Workspace)
            .WithTags(ApiDocument.Tags.Accounts)
            .WithSummary("Le compte de l'utilisateur connecté");
        return app;
    }

    private static async Task<IResult> GetMyAccountAsync(HttpContext http, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null) return Results.Unauthorized();
        var roles = await users.GetRolesAsync(user);
        return Results.Ok(new MyAccountDto(user.DisplayName, user.Email ?? "", [.. roles], user.TwoFactorEnabled));
    }
}

public sealed record MyAccountDto(string DisplayName, string Email, IReadOnlyList<string> Roles, bool TwoFactorEnabled);
