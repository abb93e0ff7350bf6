namespace Conseil.Web.Features.Notifications;

public static class NotificationPaths
{
    public const string Preferences = "/compte/notifications";

    public static string Unsubscribe(string token) => $"/notifications/desabonnement/{Uri.EscapeDataString(token)}";
}
