using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Outbox;

/// <summary>The secretariat's view of the mail outbox (the outbox itself is Infrastructure/Mail).</summary>
public sealed class OutboxFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AuthorizeFolder("/Outbox", Policies.Secretariat);
        builder.Services.AddWorkspaceMenuEntry("Courriels envoyés", "/espace/courriels", Policies.Secretariat);
    }
}
