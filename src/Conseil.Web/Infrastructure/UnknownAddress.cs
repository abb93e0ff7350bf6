using Microsoft.AspNetCore.Authorization;

namespace Conseil.Web.Infrastructure;

/// <summary>
/// Authorization fails closed (a fallback policy requires a signed-in user), and that policy would apply to an
/// address that matches nothing too, sending visitors of a mistyped link to the sign-in page. Such a request gets
/// an anonymous endpoint that answers 404, which the status code pages turn into the French "page not found".
/// </summary>
public static class UnknownAddress
{
    private static readonly Endpoint NotFound = new(
        http =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        },
        new EndpointMetadataCollection(new AllowAnonymousAttribute()),
        "Adresse inconnue");

    /// <summary>Between routing and authorization.</summary>
    public static IApplicationBuilder UseNotFoundForUnknownAddresses(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            if (http.GetEndpoint() is null) http.SetEndpoint(NotFound);
            return next(http);
        });
}
