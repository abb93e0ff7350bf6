using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Conseil.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;

namespace Conseil.Web.Infrastructure;

/// <summary>Cross-cutting web set-up: French culture, Razor Pages, errors, security headers, rate limits, page cache.</summary>
public static class WebDefaults
{
    public const string PublicFormsLimit = "public-forms";
    public const string SignInLimit = "sign-in";

    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Pages live beside their feature's code (Features/<Feature>/…), each with an explicit French route.
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o =>
            {
                Forms.FrenchModelBinding.Configure(o);
                o.Filters.Add<Forms.MethodNotOfferedFilter>();
                o.Filters.Add<Forms.TextGuardFilter>();
            });
        // French text is written as is, not as &#xE9; entities (encoding of <, >, &, quotes is unchanged).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            // The framework's default for JSON is relaxed escaping; here <, >, & and quotes are escaped too,
            // so no text a user typed ever comes back as markup, whatever reads the JSON. Accents stay readable.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Enumerations are named ("FullMember"), never numbers: "1" is not a valid role.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new Forms.SafeStringConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddApiDocument();
        // Minimal API bodies are checked against their DataAnnotations; failures answer 400 ProblemDetails.
        services.AddValidation();
        services.AddScoped<CspNonce>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "conseil-csrf";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddSingleton<CookieTempDataProvider>();
        services.AddSingleton<ITempDataProvider, TempDataWithoutEmptyCookie>();
        services.AddPageCache();
        AddRateLimits(builder);
        return builder;
    }

    private static void AddRateLimits(WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("RateLimits");
        var signInPerMinute = limits.GetValue("SignInPerMinute", 10);
        var formsPerMinute = limits.GetValue("PublicFormsPerMinute", 30);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "inconnu",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(PublicFormsLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "inconnu",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = formsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (context, _) => ErrorResponses.WriteTooManyRequests(context.HttpContext);
        });
    }

    public static WebApplication UseWebDefaults(this WebApplication app)
    {
        var french = new CultureInfo("fr-FR");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(french),
            SupportedCultures = [french],
            SupportedUICultures = [french],
        });
        app.UseErrorPages();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseNotFoundForUnknownAddresses();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: a signed-in visitor is never served from, nor stored in, the cache.
        app.UseOutputCache();
        app.UseAntiforgery();
        // After authorization: only an authorised write may reserve a key.
        app.UseMiddleware<Idempotency.IdempotencyMiddleware>();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealth();
        app.MapRazorPages();
        return app;
    }
}
