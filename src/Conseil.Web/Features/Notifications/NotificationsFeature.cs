using Conseil.Web.Infrastructure;

namespace Conseil.Web.Features.Notifications;

/// <summary>E-mail news of a member's groups: at once or in a daily digest, with a one-click unsubscribe.</summary>
public sealed class NotificationsFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<DossierNews>();
    }
}
