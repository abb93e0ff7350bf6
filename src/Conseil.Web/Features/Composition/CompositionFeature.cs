namespace Conseil.Web.Features.Composition;

public static class CompositionFeature
{
    public static WebApplicationBuilder AddComposition(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CompositionQueries>();
        return builder;
    }

    public static WebApplication MapComposition(this WebApplication app)
    {
        return app;
    }
}
