using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Programme;

/// <summary>The term's work programme: axes, work items, the bodies in charge and their planned deliverables.</summary>
public sealed class ProgrammeFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ProgrammeQueries>();
        services.AddScoped<ProgrammeService>();
        services.AddScoped<ProgrammeChoices>();
        services.AuthorizeFolder("/Programme/Workspace", Policies.Workspace);
        services.AddWorkspaceMenuEntry("Programme de travail", "/espace/programme", Policies.Workspace);
        services.AddDemoContent<ProgrammeDemo>();
    }
}
