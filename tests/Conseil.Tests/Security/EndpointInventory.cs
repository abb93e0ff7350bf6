using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Security;

/// <summary>Every endpoint the application maps: route pattern and HTTP method.</summary>
public static class EndpointInventory
{
    public sealed record Route(string Method, string Pattern);

    public static IReadOnlyList<Route> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(MethodsOf)
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Route> MethodsOf(RouteEndpoint endpoint)
    {
        var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        if (methods is { Count: > 0 }) return methods.Select(m => new Route(m, pattern));
        // A Razor page answers GET, and POST when it has a form handler.
        var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
        return page is null ? [new Route("*", pattern)] : [new Route("GET", pattern), new Route("POST", pattern)];
    }
}
