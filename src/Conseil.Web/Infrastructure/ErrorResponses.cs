using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Infrastructure;

/// <summary>Errors in French: ProblemDetails for the API, a small accessible HTML page otherwise.</summary>
public static class ErrorResponses
{
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

    public static Task WriteStatusCodePage(StatusCodeContext status) =>
        Write(status.HttpContext, status.HttpContext.Response.StatusCode, Detail(status.HttpContext.Response.StatusCode));

    public static ValueTask WriteTooManyRequests(HttpContext context) =>
        new(Write(context, StatusCodes.Status429TooManyRequests, Detail(429)));

    public static async Task Write(HttpContext context, int status, string detail)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        if (IsApi(context) || AcceptsJsonOnly(context))
        {
            await Results.Problem(new ProblemDetails { Status = status, Title = Title(status), Detail = detail })
                .ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(Title(status), detail));
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
