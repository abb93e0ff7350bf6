namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The endpoints of Features/Dossiers. Pages of a private space also join SpaceMatrix.Dossiers.cs (who of the space gets 404).</summary>
    private static Row[] Dossiers() =>
    [
        // Referrals and the dossier page
        Secretariat("GET", "/espace/dossiers"),
        new("POST", "/espace/dossiers", L, D, N, N),
        Secretariat("GET", "/espace/dossiers/nouveau"),
        Secretariat("POST", "/espace/dossiers/nouveau"),
        // A member outside the dossier's groups gets 404 (Ok here, SpaceMatrix tells who of the space reaches what).
        Workspace("GET", "/espace/dossiers/{id:int}"),
        new("POST", "/espace/dossiers/{id:int}", L, N, N, N),
        Workspace("GET", "/espace/dossiers/{id:int}/saisine"),
        Workspace("POST", "/espace/dossiers/{id:int}/saisine"),
        Workspace("GET", "/espace/dossiers/{id:int}/etat"),
        Workspace("POST", "/espace/dossiers/{id:int}/etat"),
        Secretariat("GET", "/api/dossiers"),
        Workspace("GET", "/api/dossiers/{id:int}"),
    ];
}
