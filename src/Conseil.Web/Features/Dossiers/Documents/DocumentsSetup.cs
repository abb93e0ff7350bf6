using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers.Documents;
using Conseil.Web.Infrastructure;

// In the feature's namespace, so that DossiersFeature.cs registers it with one line.
namespace Conseil.Web.Features.Dossiers;

/// <summary>The documents of a dossier and their versions, registered by <see cref="DossiersFeature"/>.</summary>
public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<DocumentQueries>();
        services.AddScoped<DocumentService>();
        // Signed-in accounts only; each page then enters the dossier's space (404 to outsiders).
        services.AuthorizeFolder("/Dossiers/Documents", Policies.Workspace);
        services.AddDemoContent<DocumentsDemo>();
        return services;
    }
}
