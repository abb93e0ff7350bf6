namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    private const string Deliverable = "/espace/dossiers/{id:int}/livrables/{deliverableId:int}";

    /// <summary>
    /// The endpoints of Features/Deliverables, all inside a dossier's space: a member outside the dossier's groups gets
    /// 404 (Ok here; SpaceMatrix.Deliverables.cs tells who of the space reaches what).
    /// </summary>
    private static Row[] Deliverables() =>
    [
        Workspace("GET", "/espace/dossiers/{id:int}/livrables"),
        Workspace("POST", "/espace/dossiers/{id:int}/livrables"),
        Workspace("GET", Deliverable),
        .. DraftHandlers.Select(h => Workspace("POST", Deliverable) with { Query = h }),
        Workspace("POST", Deliverable) with { Query = "?handler=HandOver" },
        Workspace("GET", Deliverable + "/description"),
        Workspace("POST", Deliverable + "/description"),
        Workspace("GET", Deliverable + "/sections/{sectionId}"),
        Workspace("POST", Deliverable + "/sections/{sectionId}"),
        Workspace("POST", Deliverable + "/sections/{sectionId}") with { Query = "?handler=Delete" },
        Workspace("GET", Deliverable + "/preconisations/{recommendationId}"),
        Workspace("POST", Deliverable + "/preconisations/{recommendationId}"),
        Workspace("POST", Deliverable + "/preconisations/{recommendationId}") with { Query = "?handler=Delete" },
        Workspace("GET", Deliverable + "/versions"),
        new("POST", Deliverable + "/versions", L, N, N, N),
        Workspace("GET", Deliverable + "/versions/{number:int}"),
        Workspace("POST", Deliverable + "/versions/{number:int}"),
        Workspace("GET", Deliverable + "/versions/comparer"),
        new("POST", Deliverable + "/versions/comparer", L, N, N, N),
        Workspace("GET", Deliverable + "/amendements"),
        new("POST", Deliverable + "/amendements", L, N, N, N),
        Workspace("GET", Deliverable + "/amendements/nouveau") with { Query = "?section=1" },
        Workspace("POST", Deliverable + "/amendements/nouveau") with { Query = "?section=1" },
        Workspace("GET", Deliverable + "/amendements/{amendmentId:int}"),
        Workspace("POST", Deliverable + "/amendements/{amendmentId:int}") with { Query = "?handler=Accept" },
        Workspace("POST", Deliverable + "/amendements/{amendmentId:int}") with { Query = "?handler=Merge" },
        Workspace("POST", Deliverable + "/amendements/{amendmentId:int}") with { Query = "?handler=Reject" },
    ];

    /// <summary>The forms of a draft's page, each its own handler (the ids name the seeded space's objects in SpaceMatrix).</summary>
    public static string[] DraftHandlers =>
    [
        "?handler=MoveSection&sectionId={sectionId}&direction=1",
        "?handler=MoveRecommendation&recommendationId={recommendationId}&direction=1",
        "?handler=MoveTheme&themeId={themeId}&direction=1",
        "?handler=DeleteTheme&themeId={themeId}",
        "?handler=RenameTheme&themeId={themeId}",
        "?handler=AddTheme",
        "?handler=SaveVersion",
    ];
}
