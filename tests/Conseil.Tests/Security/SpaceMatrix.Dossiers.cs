namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    /// <summary>The space endpoints of Features/Dossiers.</summary>
    private static Row[] Dossiers() =>
    [
        // Referrals and the dossier page
        Space("GET", "/espace/dossiers/{id:int}"),
        new("POST", "/espace/dossiers/{id:int}")
        {
            Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
            President = Access.NotOffered, Secretariat = Access.NotOffered,
        },
        Steering("GET", "/espace/dossiers/{id:int}/saisine"),
        Steering("POST", "/espace/dossiers/{id:int}/saisine"),
        Steering("GET", "/espace/dossiers/{id:int}/etat"),
        Steering("POST", "/espace/dossiers/{id:int}/etat"),
        Space("GET", "/api/dossiers/{id:int}"),

        // Hearings and documents: the space reads; the co-leads and rapporteur of an open group (the seeded member co-leads)
        // schedule and edit hearings, its members deposit documents; the president reads, a write of theirs is refused;
        // only the secretariat makes a document public. A POST to a page that has none is not offered, to anyone.
        Space("GET", "/espace/dossiers/{id:int}/auditions"),
        new("POST", "/espace/dossiers/{id:int}/auditions")
        {
            Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
            President = Access.NotOffered, Secretariat = Access.NotOffered,
        },
        Space("GET", "/espace/dossiers/{id:int}/auditions/nouvelle") with { President = Access.Denied },
        Space("POST", "/espace/dossiers/{id:int}/auditions/nouvelle") with { President = Access.Denied },
        Space("POST", "/espace/dossiers/{id:int}/auditions/nouvelle") with { Query = "?handler=AddPerson", President = Access.Denied },
        Space("GET", "/espace/dossiers/{id:int}/auditions/{hearingId:int}"),
        Space("POST", "/espace/dossiers/{id:int}/auditions/{hearingId:int}") with { President = Access.Denied },
        Space("POST", "/espace/dossiers/{id:int}/auditions/{hearingId:int}") with { Query = "?handler=AddPerson", President = Access.Denied },
        Space("GET", "/espace/dossiers/{id:int}/auditions/annexe"),
        new("POST", "/espace/dossiers/{id:int}/auditions/annexe")
        {
            Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
            President = Access.NotOffered, Secretariat = Access.NotOffered,
        },
        Space("GET", "/espace/dossiers/{id:int}/auditions/annexe.csv"),
        new("POST", "/espace/dossiers/{id:int}/auditions/annexe.csv")
        {
            Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
            President = Access.NotOffered, Secretariat = Access.NotOffered,
        },
        Space("GET", "/espace/dossiers/{id:int}/documents"),
        Space("POST", "/espace/dossiers/{id:int}/documents") with { President = Access.Denied },
        Space("GET", "/espace/dossiers/{id:int}/documents/{documentId:int}"),
        Space("POST", "/espace/dossiers/{id:int}/documents/{documentId:int}") with { Query = "?handler=Version", President = Access.Denied },
        Space("POST", "/espace/dossiers/{id:int}/documents/{documentId:int}") with
        {
            Query = "?handler=Publication", GroupMember = Access.Denied, President = Access.Denied,
        },
        Space("GET", "/espace/dossiers/{id:int}/documents/{documentId:int}/versions/{versionId:int}"),
        new("POST", "/espace/dossiers/{id:int}/documents/{documentId:int}/versions/{versionId:int}")
        {
            Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
            President = Access.NotOffered, Secretariat = Access.NotOffered,
        },
    ];
}
