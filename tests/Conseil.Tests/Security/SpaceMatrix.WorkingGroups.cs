namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    /// <summary>
    /// The space endpoints of Features/WorkingGroups. A call for candidates is read, answered and withdrawn from by any
    /// council member while it is open (applicants are not yet in the group); its selection is the president's
    /// office's: the secretariat and the president, nobody else, not even the group's members.
    /// </summary>
    private static Row[] WorkingGroups() =>
    [
        Space("GET", "/espace/groupes/{id:int}"),
        Space("POST", "/espace/groupes/{id:int}") with { Query = "?handler=Thread" },
        Space("GET", "/espace/groupes/{id:int}/fils/{threadId:int}"),
        Space("POST", "/espace/groupes/{id:int}/fils/{threadId:int}"),
        Steering("GET", "/espace/groupes/{id:int}/gestion"),
        Steering("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Member" },
        Steering("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Remove" },
        Steering("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Call" },
        Steering("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Close" },
        OpenCall("GET", "/espace/groupes/{id:int}/appels/{callId:int}"),
        OpenCall("POST", "/espace/groupes/{id:int}/appels/{callId:int}") with { Query = "?handler=Apply" },
        OpenCall("POST", "/espace/groupes/{id:int}/appels/{callId:int}") with { Query = "?handler=Withdraw" },
        Steering("POST", "/espace/groupes/{id:int}/appels/{callId:int}") with { Query = "?handler=Decide", President = Access.Ok },
    ];

    /// <summary>The seeded call is open: every signed-in member of the council reaches it.</summary>
    private static Row OpenCall(string method, string pattern) =>
        new(method, pattern) { Outsider = Access.Ok, OtherGroupMember = Access.Ok };
}
