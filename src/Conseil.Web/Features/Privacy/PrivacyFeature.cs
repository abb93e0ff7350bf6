using System.Text.Json;
using System.Text.Json.Serialization;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.Writes;

namespace Conseil.Web.Features.Privacy;

/// <summary>Personal data (RGPD): register of processing, access export, erasure and retention job.</summary>
public sealed class PrivacyFeature : IFeature
{
    public static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.Configure<RetentionOptions>(builder.Configuration.GetSection(RetentionOptions.Section));
        builder.Services.AddScoped<PersonalDataRegister>();
        builder.Services.AddScoped<PersonalDataExport>();
        builder.Services.AddScoped<PersonErasure>();
        builder.Services.AddSingleton<RetentionRules>();
        builder.Services.AddHostedService<RetentionJob>();
        builder.Services.AuthorizeFolder("/Privacy", Policies.Secretariat);
        builder.Services.AddWorkspaceMenuEntry("Données personnelles (RGPD)", "/espace/rgpd", Policies.Secretariat);
    }

    public void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/privacy").WithTags(ApiDocument.Tags.Privacy).RequireAuthorization(Policies.Secretariat);
        api.MapGet("/register", (PersonalDataRegister register) => TypedResults.Ok(register.Build()))
            .WithSummary("Registre des traitements (art. 30 RGPD)");
        api.MapGet("/people/{id:int}/export", async (int id, PersonalDataExport export, CancellationToken ct) =>
                await export.ForAsync(id, ct) is { } data
                    ? Results.File(JsonSerializer.SerializeToUtf8Bytes(data, ExportJson), "application/json", ExportFileName(id))
                    : WriteResultEndpoints.NotFound())
            .WithSummary("Export des données détenues sur une personne (droit d'accès)");
    }

    public static string ExportFileName(int id) => $"donnees-personnelles-personne-{id}.json";
}
