using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Workspace;
using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.AuditLog;

/// <summary>The append-only audit log, read by the secretariat at /espace/journal.</summary>
public sealed class AuditLogFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        builder.Services.AuthorizeFolder("/AuditLog", Policies.Secretariat);
        builder.Services.AddWorkspaceMenuEntry("Journal des modifications", "/espace/journal", Policies.Secretariat);
    }
}
