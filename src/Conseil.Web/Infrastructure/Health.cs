namespace Conseil.Web.Infrastructure;

/// <summary>
/// A liveness answer for probes and for bench/run's minimal-endpoint ceiling: it touches no database,
/// so it measures the web stack alone (routing, security headers, middleware).
/// </summary>
public static class Health
{
    public const string Path = "/sante";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () => Results.Text("ok")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
