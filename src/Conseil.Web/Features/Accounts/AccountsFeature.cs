using Conseil.Web.Data;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.DataProtection;
using Conseil.Web.Infrastructure.PersonalData;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Conseil.Web.Features.Accounts;

/// <summary>Accounts of the workspace: sign-in, two factors, invitations, the authorization policies.</summary>
public sealed class AccountsFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
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
                // "Confirmed" here means a password chosen and the account not deactivated (AccountState).
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<AppDb>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrors>();
        builder.Services.AddScoped<IUserConfirmation<AppUser>, AccountState>();
        builder.Services.AddScoped<AccountTokens>();
        builder.Services.AddScoped<AccountMails>();
        builder.Services.AddScoped<AccountAdministration>();
        builder.Services.AddScoped<AccountAttention>();
        builder.Services.AddScoped<SiteLinks>();

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
            var identityCheck = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = context => AccountState.ValidateAsync(context, identityCheck);
            o.SlidingExpiration = true;
            // The API answers 401/403 as ProblemDetails instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, 401);
            o.Events.OnRedirectToAccessDenied = ctx => TwoFactorRequirement.IsMissing(ctx.HttpContext.User)
                ? MissingSecondFactor(ctx.HttpContext)
                : RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, 403);
        });

        // Identity rebuilds the principal from the database every 30 minutes (security stamp check), which
        // would drop amr=mfa and send staff back to enrolment mid-session: carry the claim over.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = KeepSecondFactor);

        // Fails closed: an endpoint that says nothing requires a signed-in user; public pages opt in with [AllowAnonymous].
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Workspace, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorRequirement()))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator).AddRequirements(new TwoFactorRequirement()))
            .AddPolicy(Policies.Secretariat, p => p.RequireRole(Roles.Secretariat, Roles.Administrator)
                .AddRequirements(new TwoFactorRequirement()))
            .AddPolicy(Policies.Members, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorRequirement(), new MemberOfRequirement()));
        builder.Services.AddScoped<IAuthorizationHandler, MemberOfHandler>();
        builder.Services.AddScoped<SpaceAccess>();
        builder.Services.AddDatabaseDataProtection();

        builder.Services.AuthorizeFolder("/Accounts/Workspace", Policies.Secretariat);
        builder.Services.AddWorkspaceMenuEntry("Comptes", "/espace/comptes", Policies.Secretariat);
        builder.Services.AddPersonLinkedData<AppUser>(nameof(PersonExport.Accounts), ErasureRule.Deleted, RetentionKind.FormerMemberAccount);
    }

    public void Map(WebApplication app) => app.MapAccounts();

    private static Task KeepSecondFactor(SecurityStampRefreshingPrincipalContext context)
    {
        var proof = context.CurrentPrincipal?.FindFirst(c => c is { Type: TwoFactorRequirement.MethodClaim, Value: TwoFactorRequirement.MultiFactor });
        if (proof is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity && !context.NewPrincipal.HasClaim(proof.Type, proof.Value))
        {
            identity.AddClaim(new Claim(proof.Type, proof.Value));
        }
        return Task.CompletedTask;
    }

    private static Task RedirectOrStatus(HttpContext http, string redirectUri, int status)
    {
        if (ErrorResponses.IsApi(http))
        {
            return ErrorResponses.Write(http, status, ErrorResponses.Detail(status));
        }
        http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }

    // Refused only for want of a second factor: pages go to enrolment (and come back), the API says why.
    private static Task MissingSecondFactor(HttpContext http)
    {
        if (ErrorResponses.IsApi(http))
        {
            return ErrorResponses.Write(http, StatusCodes.Status403Forbidden,
                "La double authentification est requise : activez-la dans votre compte puis reconnectez-vous.");
        }
        var back = http.Request.Method == HttpMethods.Get ? http.Request.PathBase + http.Request.Path + http.Request.QueryString : null;
        http.Response.Redirect(AccountPaths.WithReturn(AccountPaths.TwoFactor, back));
        return Task.CompletedTask;
    }
}
