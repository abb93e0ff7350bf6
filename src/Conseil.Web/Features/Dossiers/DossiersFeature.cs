using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers.Api;
using Conseil.Web.Features.Dossiers.Workspace;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Dossiers;

/// <summary>Referrals and their dossiers: state, questions, documents, hearings, and the secretariat's steering of them all.</summary>
public sealed class DossiersFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<DossierQueries>();
        services.AddScoped<DossierAccess>();
        services.AddScoped<DossierChoices>();
        services.AddScoped<ReferralService>();
        services.AuthorizeFolder("/Dossiers/Workspace", Policies.Workspace);
        services.AddWorkspaceMenuEntry("Dossiers et saisines", "/espace/dossiers", Policies.Secretariat);
        services.AddDashboardCard<MyDossiersCard>(Policies.Workspace);
        services.AddDemoContent<DossiersDemo>();
        services.AddHearings();
        services.AddDocuments();
    }

    public void Map(WebApplication app) => app.MapDossiersApi();
}
