namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/Dossiers. Pages of a private space also join SpaceMatrix.Dossiers.cs (who of the space gets 404).</summary>
    private static Row[] Dossiers() =>
    [
    ];
}
