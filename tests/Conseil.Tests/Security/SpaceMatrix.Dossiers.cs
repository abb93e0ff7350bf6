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
    ];
}
