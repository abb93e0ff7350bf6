namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/Programme. Pages of a private space also join SpaceMatrix.Programme.cs (who of the space gets 404).</summary>
    private static Row[] Programme() =>
    [
    ];
}
