namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    /// <summary>The space endpoints of Features/Dossiers.</summary>
    private static Row[] Dossiers() =>
    [
    ];
}
