namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/WorkingGroups. Pages of a private space also join SpaceMatrix.WorkingGroups.cs (who of the space gets 404).</summary>
    private static Row[] WorkingGroups() =>
    [
    ];
}
