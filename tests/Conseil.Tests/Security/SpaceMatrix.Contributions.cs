namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    /// <summary>The space endpoints of Features/Contributions.</summary>
    private static Row[] Contributions() =>
    [
    ];
}
