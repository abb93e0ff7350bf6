namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    private const string Deliverable = "/espace/dossiers/{id:int}/livrables/{deliverableId:int}";

    /// <summary>
    /// The deliverables of the seeded dossier: its space reads every draft and version; its co-leads and rapporteur (the
    /// seeded member co-leads) and the secretariat write; the president reads, a write of theirs is refused. Posted
    /// empty, a form changes nothing (a deletion needs its box ticked, a move of the last one is refused).
    /// </summary>
    private static Row[] Deliverables() =>
    [
        Space("GET", "/espace/dossiers/{id:int}/livrables"),
        Space("POST", "/espace/dossiers/{id:int}/livrables") with { President = Access.Denied },
        Space("GET", Deliverable),
        .. AuthorizationMatrix.DraftHandlers.Select(h => Space("POST", Deliverable) with { Query = h, President = Access.Denied }),
        // Only the secretariat dates the handover (refused here: the seeded draft is not adopted).
        Space("POST", Deliverable) with { Query = "?handler=HandOver", GroupMember = Access.Denied, President = Access.Denied },
        Space("GET", Deliverable + "/description") with { President = Access.Denied },
        Space("POST", Deliverable + "/description") with { President = Access.Denied },
        Space("GET", Deliverable + "/sections/{sectionId}") with { President = Access.Denied },
        Space("POST", Deliverable + "/sections/{sectionId}") with { President = Access.Denied },
        Space("POST", Deliverable + "/sections/{sectionId}") with { Query = "?handler=Delete", President = Access.Denied },
        Space("GET", Deliverable + "/preconisations/{recommendationId}") with { President = Access.Denied },
        Space("POST", Deliverable + "/preconisations/{recommendationId}") with { President = Access.Denied },
        Space("POST", Deliverable + "/preconisations/{recommendationId}") with { Query = "?handler=Delete", President = Access.Denied },
        Space("GET", Deliverable + "/versions"),
        NotOffered(Deliverable + "/versions"),
        Space("GET", Deliverable + "/versions/{number:int}"),
        // Only the secretariat puts a version on a meeting's agenda.
        Space("POST", Deliverable + "/versions/{number:int}") with { GroupMember = Access.Denied, President = Access.Denied },
        Space("GET", Deliverable + "/versions/comparer") with { Query = "?de=1&a=2" },
        NotOffered(Deliverable + "/versions/comparer"),

        // Amendments: every member of the space's open groups proposes; the co-leads, rapporteur and secretariat decide.
        Space("GET", Deliverable + "/amendements"),
        NotOffered(Deliverable + "/amendements"),
        Space("GET", Deliverable + "/amendements/nouveau") with { Query = "?section={sectionId}", President = Access.Denied },
        Space("POST", Deliverable + "/amendements/nouveau") with { Query = "?section={sectionId}", President = Access.Denied },
        Space("GET", Deliverable + "/amendements/{amendmentId:int}"),
        Space("POST", Deliverable + "/amendements/{amendmentId:int}") with { Query = "?handler=Reject", President = Access.Denied },
        Space("POST", Deliverable + "/amendements/{amendmentId:int}") with { Query = "?handler=Merge", President = Access.Denied },
        Space("POST", Deliverable + "/amendements/{amendmentId:int}") with { Query = "?handler=Accept", President = Access.Denied },
    ];

    /// <summary>A POST to a page that has none: not offered, to anyone.</summary>
    private static Row NotOffered(string pattern) => new("POST", pattern)
    {
        Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
        President = Access.NotOffered, Secretariat = Access.NotOffered,
    };
}
