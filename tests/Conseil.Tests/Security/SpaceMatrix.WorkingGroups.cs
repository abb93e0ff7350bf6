namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    /// <summary>The space endpoints of Features/WorkingGroups.</summary>
    private static Row[] WorkingGroups() =>
    [
    ];
}
