namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>The secretariat's moderation forms of a contribution page, one row per handler.</summary>
    public static string[] ContributionHandlers => ["Redact", "Release", "DeleteAttachment", "Accept", "Reject", "Classify"];

    /// <summary>The endpoints of Features/Contributions. Pages of a private space also join SpaceMatrix.Contributions.cs (who of the space gets 404).</summary>
    private static Row[] Contributions() =>
    [
        // The public form and its confirmation
        Public("GET", "/contribuer"),
        Public("POST", "/contribuer"),
        Public("GET", "/contribuer/merci"),
        new("POST", "/contribuer/merci", N, N, N, N),

        // The secretariat's queue and calls for contributions
        Secretariat("GET", "/espace/contributions"),
        new("POST", "/espace/contributions", L, D, N, N),
        Secretariat("GET", "/espace/contributions/appels"),
        Secretariat("POST", "/espace/contributions/appels") with { Query = "?handler=Open" },
        Secretariat("POST", "/espace/contributions/appels") with { Query = "?handler=Close" },

        // A contribution at the secretariat's own address (one not linked to a dossier): a member gets 404 there
        Workspace("GET", "/espace/contributions/{contributionId:int}"),
        .. ContributionHandlers.Select(h => Workspace("POST", "/espace/contributions/{contributionId:int}") with { Query = "?handler=" + h }),
        Workspace("GET", "/espace/contributions/{contributionId:int}/pieces-jointes/{attachmentId:int}"),

        // Under the dossier's space: who of the space reaches what is in SpaceMatrix.Contributions.cs
        Workspace("GET", "/espace/dossiers/{id:int}/contributions"),
        new("POST", "/espace/dossiers/{id:int}/contributions", L, N, N, N),
        Workspace("GET", "/espace/dossiers/{id:int}/contributions/{contributionId:int}"),
        .. ContributionHandlers.Select(h => Workspace("POST", "/espace/dossiers/{id:int}/contributions/{contributionId:int}") with { Query = "?handler=" + h }),
        Workspace("GET", "/espace/dossiers/{id:int}/contributions/{contributionId:int}/pieces-jointes/{attachmentId:int}"),
    ];
}
