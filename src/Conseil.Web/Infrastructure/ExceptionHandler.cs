using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Conseil.Web.Infrastructure;

/// <summary>
/// The one place unhandled exceptions end: malformed requests become 400s with a French message,
/// a unique index refusing a duplicate a 409;
/// anything else is logged and answered with a 500 (which is always a bug to fix).
/// </summary>
public sealed class ExceptionHandler(ILogger<ExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = httpContext;
        if (exception is BadHttpRequestException bad)
        {
            await ErrorResponses.Write(context, bad.StatusCode, "La requête est mal formée ou trop volumineuse.");
            return true;
        }
        if (UniqueViolation.Is(exception))
        {
            // Two writes raced past a uniqueness check; the index kept one. The loser gets a conflict, not a 500.
            await ErrorResponses.Write(context, StatusCodes.Status409Conflict, "Cet enregistrement existe déjà.");
            return true;
        }
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return true;
        }
        var traceId = context.Features.Get<IHttpActivityFeature>()?.Activity.TraceId.ToString() ?? context.TraceIdentifier;
        logger.LogError(exception, "Erreur non gérée sur {Method} {Path} (trace {TraceId})",
            context.Request.Method, context.Request.Path, traceId);
        await ErrorResponses.Write(context, StatusCodes.Status500InternalServerError,
            "Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez dans un instant.");
        return true;
    }
}
