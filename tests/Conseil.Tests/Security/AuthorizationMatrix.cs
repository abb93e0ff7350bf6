namespace Conseil.Tests.Security;

/// <summary>What a request gets, from the point of view of access control.</summary>
public enum Access
{
    /// <summary>Reached the endpoint (any answer but sign-in, denial or a server error).</summary>
    Ok,
    /// <summary>Sent to sign in: 302 to /connexion, or 401 for the API.</summary>
    SignIn,
    /// <summary>Refused: 302 to /acces-refuse, or 403 for the API.</summary>
    Denied,
    /// <summary>The method is not offered there (405).</summary>
    NotOffered,
    /// <summary>Not found (404): what a private space answers to whoever may not enter it (SpaceMatrix).</summary>
    NotFound,
}

/// <summary>
/// Who may reach what: every endpoint of the application × anonymous, member, secretariat, administrator.
/// EndpointCoverageTests fails on an endpoint missing from this table, and AuthorizationMatrixTests
/// sends each request as each role and compares. {id} parameters are replaced by 1 (the reference data
/// has a row 1 of everything), or by 999999 where a write would destroy that row.
/// </summary>
public static partial class AuthorizationMatrix
{
    /// <summary>Any other integer route parameter ({hearingId:int}…) is 1 as well.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{\w+:int\??\}")]
    private static partial System.Text.RegularExpressions.Regex IntParameter();

    public sealed record Row(string Method, string Pattern, Access Anonymous, Access Member, Access Secretariat, Access Administrator)
    {
        /// <summary>Added to the URL, e.g. the page handler of a page with several forms.</summary>
        public string Query { get; init; } = "";

        public string Url => IntParameter().Replace(Pattern
            .Replace("{id:int}", Method == "DELETE" ? "999999" : "1", StringComparison.Ordinal)
            .Replace("{id:int?}", "1", StringComparison.Ordinal)
            .Replace("{id}", "compte-inconnu", StringComparison.Ordinal)
            .Replace("{status:int}", "404", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal), "1") + Query;

        /// <summary>The endpoint as the application maps it; a page with several forms has a row per handler.</summary>
        public string Endpoint => $"{Method} {Pattern}";

        public override string ToString() => Endpoint + Query;
    }

    private const Access O = Access.Ok, L = Access.SignIn, D = Access.Denied, N = Access.NotOffered;

    private static Row Public(string method, string pattern) => new(method, pattern, O, O, O, O);
    private static Row Workspace(string method, string pattern) => new(method, pattern, L, O, O, O);
    private static Row Secretariat(string method, string pattern) => new(method, pattern, L, D, O, O);

    /// <summary>Every row: the foundation's below, then each feature's, from its own file (AuthorizationMatrix.X.cs).</summary>
    public static IReadOnlyList<Row> Rows { get; } =
        [.. Foundation(), .. Programme(), .. Dossiers(), .. Deliverables(), .. WorkingGroups(), .. Contributions(), .. Meetings(), .. Notifications()];

    private static Row[] Foundation() =>
    [
        // Public site
        Public("GET", "/"),
        Public("GET", "/accessibilite"),
        Public("GET", "/composition"),
        Public("GET", "/composition/export.csv"),
        Public("GET", "/composition/export.xlsx"),
        Public("GET", "/composition/export.popolo.json"),
        Public("GET", "/openapi/{documentName}.json"),
        new("GET", "/acces-refuse", D, D, D, D), // the access-denied page itself answers 403, by design
        new("POST", "/", N, N, N, N),
        new("POST", "/accessibilite", N, N, N, N),
        new("POST", "/composition", N, N, N, N),
        Public("GET", "/erreur/{status:int}"),
        new("POST", "/erreur/{status:int}", N, N, N, N),
        new("POST", "/acces-refuse", N, N, N, N),

        // Signing in and out
        Public("GET", "/connexion"),
        Public("POST", "/connexion"),
        Public("GET", "/connexion/code"),
        Public("POST", "/connexion/code"),
        new("GET", "/deconnexion", N, N, N, N),
        Public("POST", "/deconnexion"),
        Workspace("GET", "/compte"),
        Workspace("POST", "/compte"),
        Workspace("GET", "/compte/double-authentification"),
        Workspace("POST", "/compte/double-authentification"),
        Workspace("GET", "/api/account"),
        Workspace("GET", "/compte/codes-de-secours"),
        Workspace("POST", "/compte/codes-de-secours"),
        Workspace("GET", "/compte/double-authentification/reinitialiser"),
        Workspace("POST", "/compte/double-authentification/reinitialiser"),
        Public("GET", "/mot-de-passe-oublie"),
        Public("POST", "/mot-de-passe-oublie"),
        Public("GET", "/mot-de-passe/definir"),
        Public("POST", "/mot-de-passe/definir"),

        // Accounts of the workspace: the secretariat invites and deactivates; administrators reset a second factor
        Secretariat("GET", "/espace/comptes"),
        new("POST", "/espace/comptes", L, D, N, N),
        Secretariat("GET", "/espace/comptes/inviter"),
        Secretariat("POST", "/espace/comptes/inviter"),
        Secretariat("GET", "/espace/comptes/{id}"),
        Secretariat("POST", "/espace/comptes/{id}") with { Query = "?handler=Deactivate" },
        new("GET", "/espace/comptes/{id}/double-authentification", L, D, D, O),
        new("POST", "/espace/comptes/{id}/double-authentification", L, D, D, O),

        // Public API
        Public("GET", "/api/composition"),
        Public("GET", "/api/terms"),
        Public("GET", "/api/organizations"),

        // Secretariat API
        Secretariat("GET", "/api/people"),
        Secretariat("POST", "/api/people"),
        Secretariat("PUT", "/api/people/{id:int}"),
        Secretariat("POST", "/api/organizations"),
        Secretariat("POST", "/api/seats"),
        Secretariat("PUT", "/api/colleges/{id:int}/quota"),
        Secretariat("POST", "/api/terms"),
        Secretariat("GET", "/api/mandates/{id:int}"),
        Secretariat("POST", "/api/mandates"),
        Secretariat("PUT", "/api/mandates/{id:int}"),
        Secretariat("DELETE", "/api/mandates/{id:int}"),
        Secretariat("GET", "/api/bodies"),
        Secretariat("POST", "/api/bodies/{id:int}/members"),
        Secretariat("PUT", "/api/bodies/{id:int}/rules"),
        Secretariat("PUT", "/api/bodies/{id:int}/deliberation"),

        // Members' workspace: every signed-in account reads
        Workspace("GET", "/espace"),
        new("POST", "/espace", L, N, N, N),
        Workspace("GET", "/espace/composition/siege/{id:int}"),
        new("POST", "/espace/composition/siege/{id:int}", L, N, N, N),

        // Secretariat's pages
        Secretariat("GET", "/espace/composition/mandat/{id:int?}"),
        Secretariat("POST", "/espace/composition/mandat/{id:int?}"),
        Secretariat("GET", "/espace/composition/personnes"),
        new("POST", "/espace/composition/personnes", L, D, N, N),
        Secretariat("GET", "/espace/composition/personne/{id:int?}"),
        Secretariat("POST", "/espace/composition/personne/{id:int?}"),
        Secretariat("GET", "/espace/composition/organismes"),
        new("POST", "/espace/composition/organismes", L, D, N, N),
        Secretariat("GET", "/espace/composition/organisme/{id:int?}"),
        Secretariat("POST", "/espace/composition/organisme/{id:int?}"),
        Secretariat("GET", "/espace/composition/colleges"),
        new("POST", "/espace/composition/colleges", L, D, N, N),
        Secretariat("GET", "/espace/composition/college/{id:int}"),
        Secretariat("POST", "/espace/composition/college/{id:int}") with { Query = "?handler=Quota" },
        Secretariat("GET", "/espace/composition/mandatures"),
        new("POST", "/espace/composition/mandatures", L, D, N, N),
        Secretariat("GET", "/espace/composition/mandature/{id:int?}"),
        Secretariat("POST", "/espace/composition/mandature/{id:int?}"),
        Secretariat("GET", "/espace/composition/fonctions"),
        new("POST", "/espace/composition/fonctions", L, D, N, N),
        Secretariat("GET", "/espace/composition/fonction/{id:int?}"),
        Secretariat("POST", "/espace/composition/fonction/{id:int?}"),
        Secretariat("GET", "/espace/composition/instances"),
        new("POST", "/espace/composition/instances", L, D, N, N),
        Secretariat("GET", "/espace/composition/instance/{id:int}"),
        Secretariat("POST", "/espace/composition/instance/{id:int}") with { Query = "?handler=Body" },
        Secretariat("POST", "/espace/composition/instance/{id:int}") with { Query = "?handler=Rules" },
        Secretariat("POST", "/espace/composition/instance/{id:int}") with { Query = "?handler=Deliberation" },
        Secretariat("POST", "/espace/composition/instance/{id:int}") with { Query = "?handler=Member" },
        Secretariat("GET", "/espace/composition/import"),
        Secretariat("POST", "/espace/composition/import"),
        Secretariat("GET", "/espace/composition/import/modele.csv"),
        Secretariat("GET", "/espace/journal"),
        new("POST", "/espace/journal", L, D, N, N),

        // Personal data (RGPD): the register and a person's data for the secretariat; erasure for administrators only
        Secretariat("GET", "/espace/rgpd"),
        new("POST", "/espace/rgpd", L, D, N, N),
        Secretariat("GET", "/espace/rgpd/personnes/{id:int}"),
        new("POST", "/espace/rgpd/personnes/{id:int}", L, D, N, N),
        Secretariat("GET", "/espace/rgpd/personnes/{id:int}/export"),
        new("POST", "/espace/rgpd/personnes/{id:int}/export", L, D, N, N),
        new("GET", "/espace/rgpd/personnes/{id:int}/effacer", L, D, D, O),
        new("POST", "/espace/rgpd/personnes/{id:int}/effacer", L, D, D, O), // unconfirmed: redisplayed, nothing erased
        Secretariat("GET", "/api/privacy/register"),
        Secretariat("GET", "/api/privacy/people/{id:int}/export"),

        // The mail outbox: what the platform sent, and "Renvoyer" for a failed message (no message 1: a clean 404)
        Secretariat("GET", "/espace/courriels"),
        new("POST", "/espace/courriels", L, D, N, N),
        Secretariat("GET", "/espace/courriels/{id:int}"),
        Secretariat("POST", "/espace/courriels/{id:int}"),

        // Operations
        Public("GET", "/sante"),
    ];
}
