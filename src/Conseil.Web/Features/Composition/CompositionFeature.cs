using Conseil.Web.Features.Composition.Api;

namespace Conseil.Web.Features.Composition;

public static class CompositionFeature
{
    public static WebApplicationBuilder AddComposition(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CompositionQueries>();
        builder.Services.AddScoped<AttentionQueries>();
        builder.Services.AddScoped<CompositionChoices>();
        builder.Services.AddScoped<MandateService>();
        builder.Services.AddScoped<CompositionEditor>();
        builder.Services.AddScoped<BodyService>();
        return builder;
    }

    public static WebApplication MapComposition(this WebApplication app)
    {
        app.MapCompositionApi();
        return app;
    }
}
