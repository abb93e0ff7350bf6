namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/WorkingGroups. Pages of a private space also join SpaceMatrix.WorkingGroups.cs (who of the space gets 404).</summary>
    private static Row[] WorkingGroups() =>
    [
        // Every signed-in account opens the list (a member sees their own groups). A group's pages answer 404 to
        // whoever is outside its space, which this table counts as reached: SpaceMatrix says who gets what.
        Workspace("GET", "/espace/groupes"),
        new("POST", "/espace/groupes", L, N, N, N),
        Secretariat("GET", "/espace/groupes/modifier/{id:int?}"),
        Secretariat("POST", "/espace/groupes/modifier/{id:int?}"),
        Workspace("GET", "/espace/groupes/{id:int}"),
        Workspace("POST", "/espace/groupes/{id:int}") with { Query = "?handler=Thread" },
        Workspace("GET", "/espace/groupes/{id:int}/fils/{threadId:int}"),
        Workspace("POST", "/espace/groupes/{id:int}/fils/{threadId:int}"),
        Workspace("GET", "/espace/groupes/{id:int}/gestion"),
        Workspace("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Member" },
        Workspace("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Remove" },
        Workspace("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Call" },
        Workspace("POST", "/espace/groupes/{id:int}/gestion") with { Query = "?handler=Close" },
        Workspace("GET", "/espace/groupes/{id:int}/appels/{callId:int}"),
        Workspace("POST", "/espace/groupes/{id:int}/appels/{callId:int}") with { Query = "?handler=Apply" },
        Workspace("POST", "/espace/groupes/{id:int}/appels/{callId:int}") with { Query = "?handler=Withdraw" },
        Workspace("POST", "/espace/groupes/{id:int}/appels/{callId:int}") with { Query = "?handler=Decide" },
    ];
}
