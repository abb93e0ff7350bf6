namespace Conseil.Tests.Security;

/// <summary>
/// Who of a private space reaches what (the dossiers issue's two dimensions): anonymous, a council member outside
/// every group, a member of another group, a member of this group, the president in office and the secretariat.
/// Someone not entitled gets 404, not 403, so existence does not leak. SpaceMatrixTests seeds one space of each
/// kind and fails on an endpoint under a space prefix that is not listed here. Route parameters name the objects of
/// the seeded space: {id:int} is the dossier (under /espace/dossiers, /api/dossiers) or the group (under
/// /espace/groupes); {documentId:int}, {versionId:int}, {hearingId:int}, {contributionId:int}, {threadId:int},
/// {callId:int} are its document, version, hearing, contribution, thread and call for candidates; under /espace/seances,
/// {id:int} is a closed meeting of a body the group member sits on and {itemId:int} its item put to the vote (the member of another group sits on another body).
/// </summary>
public static partial class SpaceMatrix
{
    public sealed record Row(string Method, string Pattern)
    {
        public Access Anonymous { get; init; } = Access.SignIn;
        public Access Outsider { get; init; } = Access.NotFound;
        public Access OtherGroupMember { get; init; } = Access.NotFound;
        public Access GroupMember { get; init; } = Access.Ok;
        public Access President { get; init; } = Access.Ok;
        public Access Secretariat { get; init; } = Access.Ok;

        /// <summary>Added to the URL, e.g. the page handler of a page with several forms.</summary>
        public string Query { get; init; } = "";

        public override string ToString() => $"{Method} {Pattern}{Query}";
    }

    /// <summary>Every endpoint whose pattern starts with one of these is a space's and must have a row.</summary>
    public static readonly string[] SpacePrefixes = ["/espace/dossiers/{id:int}", "/espace/groupes/{id:int}", "/api/dossiers/{id:int}", "/espace/seances/{id:int}"];

    /// <summary>A page the space's members read; outsiders get 404.</summary>
    private static Row Space(string method, string pattern) => new(method, pattern);

    /// <summary>A page of the space that only the secretariat uses (moderation, redaction): a member gets 404 too.</summary>
    private static Row Steering(string method, string pattern) =>
        new(method, pattern) { GroupMember = Access.NotFound, President = Access.NotFound };

    public static IReadOnlyList<Row> Rows { get; } = [.. Dossiers(), .. Deliverables(), .. WorkingGroups(), .. Contributions(), .. Meetings()];
}
