using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Infrastructure;

/// <summary>
/// Errors in French: ProblemDetails for the API; otherwise the error page (Features/Errors) inside the site's layout,
/// re-executed by the status code pages, and a small page without the layout only if that page itself fails.
/// </summary>
public static class ErrorResponses
{
    private const string DetailKey = "Conseil.ErrorDetail";

    /// <summary>
    /// The status code pages outside the exception handler: an exception answered without a body (an HTML request)
    /// gets its page from the status code pages like any other error status.
    /// </summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseStatusCodePages(WriteStatusCodePage);
        app.UseExceptionHandler();
        return app;
    }

    /// <summary>The detail a writer gave for this response, or the status's own.</summary>
    public static string DetailFor(HttpContext context, int status) =>
        context.Items[DetailKey] as string ?? Detail(status);

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    public static string Title(int status) => status switch
    {
        400 => "Requête invalide",
        401 => "Connexion requise",
        403 => "Accès refusé",
        404 => "Page introuvable",
        405 => "Méthode non autorisée",
        409 => "Conflit",
        413 => "Contenu trop volumineux",
        415 => "Type de contenu non pris en charge",
        422 => "Requête incompatible",
        429 => "Trop de requêtes",
        _ => status >= 500 ? "Erreur du serveur" : "Erreur",
    };

    public static string Detail(int status) => status switch
    {
        401 => "Connectez-vous pour accéder à cette ressource.",
        403 => "Vous n'avez pas les droits nécessaires pour accéder à cette ressource.",
        404 => "La ressource demandée n'existe pas ou n'est pas accessible.",
        405 => "Cette adresse n'accepte pas cette méthode.",
        415 => "Le type de contenu envoyé n'est pas pris en charge.",
        429 => "Vous avez envoyé trop de requêtes. Patientez une minute avant de réessayer.",
        _ => "La requête n'a pas pu aboutir.",
    };

    public static async Task WriteStatusCodePage(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var code = context.Response.StatusCode;
        if (IsApi(context) || AcceptsJsonOnly(context))
        {
            await Problem(context, code, DetailFor(context, code));
            return;
        }
        await RenderErrorPage(status, code);
        // Never a 500 on the error path: should the page fail, the plain page still answers with the original status.
        if (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = code;
            await WritePlainPage(context, code, DetailFor(context, code));
        }
    }

    // What UseStatusCodePagesWithReExecute does, as a GET (a form posted to a missing address gets the page, not a 400).
    private static async Task RenderErrorPage(StatusCodeContext status, int code)
    {
        var context = status.HttpContext;
        var request = context.Request;
        var (path, query, method) = (request.Path, request.QueryString, request.Method);
        var routeValues = context.Features.Get<IRouteValuesFeature>();
        var endpoint = context.GetEndpoint();
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPathBase = request.PathBase.Value ?? "", OriginalPath = path.Value ?? "", OriginalQueryString = query.Value,
            Endpoint = endpoint, RouteValues = routeValues?.RouteValues,
        });
        context.SetEndpoint(null);
        if (routeValues is not null) routeValues.RouteValues = [];
        request.Path = $"/erreur/{code}";
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;
        try
        {
            await status.Next(context);
        }
        catch (Exception) when (!context.Response.HasStarted)
        {
            // Answered below with the plain page.
        }
        finally
        {
            (request.Path, request.QueryString, request.Method) = (path, query, method);
            context.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }

    public static ValueTask WriteTooManyRequests(HttpContext context) =>
        new(Write(context, StatusCodes.Status429TooManyRequests, Detail(429)));

    /// <summary>
    /// An error answer: ProblemDetails for the API, written now; for a page, the status and its detail only, the body
    /// left to the status code pages, which render the error page in the layout.
    /// </summary>
    public static async Task Write(HttpContext context, int status, string detail)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Items[DetailKey] = detail;
        if (IsApi(context) || AcceptsJsonOnly(context)) await Problem(context, status, detail);
    }

    private static Task Problem(HttpContext context, int status, string detail) =>
        Results.Problem(new ProblemDetails { Status = status, Title = Title(status), Detail = detail }).ExecuteAsync(context);

    private static Task WritePlainPage(HttpContext context, int status, string detail)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page(Title(status), detail));
    }

    private static bool AcceptsJsonOnly(HttpContext context) =>
        context.Request.Headers.Accept.ToString() is var accept &&
        accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("html", StringComparison.OrdinalIgnoreCase);

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // Rendered without the layout so it works even when the error came from the layout itself.
    private static string Page(string title, string detail) => $"""
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(title)} – Conseil</title>
        <link rel="stylesheet" href="/lib/dsfr/dsfr.min.css"></head>
        <body><main id="contenu" class="fr-container fr-my-7w" role="main">
        <h1>{Html.Encode(title)}</h1><p class="fr-text--lead">{Html.Encode(detail)}</p>
        <p><a class="fr-link" href="/">Retour à l'accueil</a></p></main></body></html>
        """;
}
