using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Infrastructure;

// In the feature's namespace, so that DossiersFeature.cs registers it with one line.
namespace Conseil.Web.Features.Dossiers;

/// <summary>The hearings of a dossier, registered by <see cref="DossiersFeature"/> (its demo content after the dossiers').</summary>
public static class HearingsSetup
{
    public static IServiceCollection AddHearings(this IServiceCollection services)
    {
        services.AddScoped<DossierRights>();
        services.AddScoped<HearingQueries>();
        services.AddScoped<HearingService>();
        services.AddScoped<HearingAnnex>();
        // Signed-in accounts only; each page then enters the dossier's space (404 to outsiders).
        services.AuthorizeFolder("/Dossiers/Hearings", Policies.Workspace);
        services.AddDemoContent<HearingsDemo>();
        return services;
    }
}
