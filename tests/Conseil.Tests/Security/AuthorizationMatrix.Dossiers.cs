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

        // Hearings and documents
        // A member outside the dossier's groups gets 404 (Ok here; SpaceMatrix tells who of the space reaches what).
        Workspace("GET", "/espace/dossiers/{id:int}/auditions"),
        new("POST", "/espace/dossiers/{id:int}/auditions", L, N, N, N),
        Workspace("GET", "/espace/dossiers/{id:int}/auditions/nouvelle"),
        Workspace("POST", "/espace/dossiers/{id:int}/auditions/nouvelle"),
        Workspace("POST", "/espace/dossiers/{id:int}/auditions/nouvelle") with { Query = "?handler=AddPerson" },
        Workspace("GET", "/espace/dossiers/{id:int}/auditions/{hearingId:int}"),
        Workspace("POST", "/espace/dossiers/{id:int}/auditions/{hearingId:int}"),
        Workspace("POST", "/espace/dossiers/{id:int}/auditions/{hearingId:int}") with { Query = "?handler=AddPerson" },
        Workspace("GET", "/espace/dossiers/{id:int}/auditions/annexe"),
        new("POST", "/espace/dossiers/{id:int}/auditions/annexe", L, N, N, N),
        Workspace("GET", "/espace/dossiers/{id:int}/auditions/annexe.csv"),
        new("POST", "/espace/dossiers/{id:int}/auditions/annexe.csv", L, N, N, N),
        Workspace("GET", "/espace/dossiers/{id:int}/documents"),
        Workspace("POST", "/espace/dossiers/{id:int}/documents"),
        Workspace("GET", "/espace/dossiers/{id:int}/documents/{documentId:int}"),
        Workspace("POST", "/espace/dossiers/{id:int}/documents/{documentId:int}") with { Query = "?handler=Version" },
        Workspace("POST", "/espace/dossiers/{id:int}/documents/{documentId:int}") with { Query = "?handler=Publication" },
        Workspace("GET", "/espace/dossiers/{id:int}/documents/{documentId:int}/versions/{versionId:int}"),
        new("POST", "/espace/dossiers/{id:int}/documents/{documentId:int}/versions/{versionId:int}", L, N, N, N),
    ];
}
