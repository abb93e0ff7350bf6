namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/Contributions. Pages of a private space also join SpaceMatrix.Contributions.cs (who of the space gets 404).</summary>
    private static Row[] Contributions() =>
    [
    ];
}
