namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    /// <summary>
    /// The space endpoints of Features/Contributions: the group reads the dossier's accepted contributions and their released
    /// attachments; only the secretariat moderates. The handlers that change the seeded contribution (reject, classify with
    /// nothing chosen) come last, after every read.
    /// </summary>
    private static Row[] Contributions() =>
    [
        Space("GET", "/espace/dossiers/{id:int}/contributions"),
        new("POST", "/espace/dossiers/{id:int}/contributions")
        {
            Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
            President = Access.NotOffered, Secretariat = Access.NotOffered,
        },
        Space("GET", "/espace/dossiers/{id:int}/contributions/{contributionId:int}"),
        Space("GET", "/espace/dossiers/{id:int}/contributions/{contributionId:int}/pieces-jointes/{attachmentId:int}"),
        .. AuthorizationMatrix.ContributionHandlers.Select(h =>
            Steering("POST", "/espace/dossiers/{id:int}/contributions/{contributionId:int}") with { Query = "?handler=" + h }),
    ];
}
