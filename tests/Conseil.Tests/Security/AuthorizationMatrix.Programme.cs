namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/Programme. Pages of a private space also join SpaceMatrix.Programme.cs (who of the space gets 404).</summary>
    private static Row[] Programme() =>
    [
        // The public programme: adopted programmes only
        Public("GET", "/programme"),
        new("POST", "/programme", N, N, N, N),

        // The members' timeline; the secretariat's editors of programmes, axes and work items
        Workspace("GET", "/espace/programme"),
        new("POST", "/espace/programme", L, N, N, N),
        Secretariat("GET", "/espace/programme/edition/{id:int?}"),
        Secretariat("POST", "/espace/programme/edition/{id:int?}"),
        Secretariat("GET", "/espace/programme/axe/{id:int?}"),
        Secretariat("POST", "/espace/programme/axe/{id:int?}"),
        Secretariat("GET", "/espace/programme/chantier/{id:int?}"),
        Secretariat("POST", "/espace/programme/chantier/{id:int?}"),
    ];
}
