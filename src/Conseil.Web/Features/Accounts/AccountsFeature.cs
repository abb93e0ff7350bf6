using Conseil.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Conseil.Web.Features.Accounts;

public static class AccountsFeature
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDb>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrors>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "conseil-session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.AccessDeniedPath = "/acces-refuse";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401/403 as ProblemDetails instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, 401);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, 403);
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Workspace, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Secretariat, p => p.RequireRole(Roles.Secretariat, Roles.Administrator));
        return builder;
    }

    private static Task RedirectOrStatus(HttpContext http, string redirectUri, int status)
    {
        if (Infrastructure.ErrorResponses.IsApi(http))
        {
            return Infrastructure.ErrorResponses.Write(http, status, Infrastructure.ErrorResponses.Detail(status));
        }
        http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
