using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Workspace;

/// <summary>The workspace shell: its home page at /espace, which shows the menu entries and cards of the other features.</summary>
public sealed class WorkspaceFeature : IFeature
{
    public void Add(WebApplicationBuilder builder) =>
        builder.Services.AuthorizeFolder("/Workspace", Policies.Workspace);
}
