using System.Security.Claims;

namespace Conseil.Web.Infrastructure.Audit;

/// <summary>Who the audit log names for a change.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string UserName { get; }
}

/// <summary>The signed-in user of the current request, or "système" for start-up and jobs.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => http.HttpContext?.User.Identity?.Name ?? SystemActor.Name;
}

public sealed class SystemActor : IAuditActor
{
    public const string Name = "système";
    public string? UserId => null;
    public string UserName => Name;
}
