namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/Notifications.</summary>
    private static Row[] Notifications() =>
    [
        Workspace("GET", "/compte/notifications"),
        Workspace("POST", "/compte/notifications"),
        // The link of every news message: anyone holding it (the token is the secret), GET asks, POST unsubscribes.
        Public("GET", "/notifications/desabonnement/{token}"),
        Public("POST", "/notifications/desabonnement/{token}"),
    ];
}
