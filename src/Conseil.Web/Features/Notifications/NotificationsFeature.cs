using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.PersonalData;

namespace Conseil.Web.Features.Notifications;

/// <summary>E-mail news of a member's groups: at once or in a daily digest, with a one-click unsubscribe.</summary>
public sealed class NotificationsFeature : IFeature
{
    public void Add(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.Section))
            .Validate(o => o.DeadlineNoticeDays is >= 0 and <= 90, "Notifications:DeadlineNoticeDays doit être compris entre 0 et 90.")
            .ValidateOnStart();
        services.AddScoped<DossierNews>();
        services.AddScoped<NotificationSettings>();
        services.AddSingleton<NotificationDigest>();
        services.AddHostedService<NotificationJob>();

        // A person's choice and their news waiting for a digest go with them: deleted on erasure, and with their
        // account once they have left the council (RetentionRules).
        services.AddPersonLinkedData<NotificationPreference>(nameof(PersonExport.NotificationPreferences), ErasureRule.Deleted, RetentionKind.FormerMemberAccount);
        services.AddPersonLinkedData<PendingNotification>(nameof(PersonExport.PendingNotifications), ErasureRule.Deleted, RetentionKind.FormerMemberAccount);

        services.AddDemoContent<NotificationsDemo>();
    }
}
