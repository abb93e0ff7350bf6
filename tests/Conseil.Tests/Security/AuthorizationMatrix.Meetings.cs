namespace Conseil.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>
    /// The endpoints of Features/Meetings. Meeting 1 of the demo is a public plenary, which every workspace user reads; a
    /// closed meeting is a private space (SpaceMatrix.Meetings.cs). Only the secretariat writes.
    /// </summary>
    private static string[] MinutesHandlers => ["Save", "Circulate", "Approve"];

    private static Row[] Meetings() =>
    [
        // The public calendar: public sessions only
        Public("GET", "/seances"),
        new("POST", "/seances", N, N, N, N),
        // Its iCalendar feed, public like the page
        Public("GET", "/seances.ics"),
        // A private calendar address: no session (calendar applications send none), the token in the address is the
        // secret; an unknown or revoked one answers 404 (CalendarFeedTests), which the matrix counts as reached.
        Public("GET", "/calendrier/{token}.ics"),
        // A member's own address, and the secretariat's addresses of the bodies
        Workspace("GET", "/compte/calendrier"),
        Workspace("POST", "/compte/calendrier") with { Query = "?handler=Renew" },
        Workspace("POST", "/compte/calendrier") with { Query = "?handler=Revoke" },
        Secretariat("GET", "/espace/seances/calendriers"),
        Secretariat("POST", "/espace/seances/calendriers") with { Query = "?handler=Renew" },
        Secretariat("POST", "/espace/seances/calendriers") with { Query = "?handler=Revoke" },

        Workspace("GET", "/espace/seances"),
        new("POST", "/espace/seances", L, N, N, N),
        Secretariat("GET", "/espace/seances/nouvelle"),
        Secretariat("POST", "/espace/seances/nouvelle"),
        Workspace("GET", "/espace/seances/{id:int}"),
        // A person convened answers (a workspace user the meeting does not convene is told so on the page)
        Workspace("POST", "/espace/seances/{id:int}") with { Query = "?handler=Reply" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=AddItem" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=RemoveItem" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=MoveUp" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=Conclude" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=ConveneAgain" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=Convoke" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=Cancel" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=AddDocument" },
        Secretariat("POST", "/espace/seances/{id:int}") with { Query = "?handler=RemoveDocument" },
        // A document of the meeting pack, read by whoever enters the meeting (PackTests: who finds which document)
        Workspace("GET", "/espace/seances/{id:int}/documents/{versionId:int}"),
        new("POST", "/espace/seances/{id:int}/documents/{versionId:int}", L, N, N, N),
        Secretariat("GET", "/espace/seances/{id:int}/presences"),
        Secretariat("POST", "/espace/seances/{id:int}/presences"),

        // The vote on an item (meeting 1's item 1 is put to the vote): a member casts their ballot, the secretariat steers
        Workspace("GET", "/espace/seances/{id:int}/votes/{itemId:int}"),
        Workspace("POST", "/espace/seances/{id:int}/votes/{itemId:int}") with { Query = "?handler=Cast" },
        Secretariat("POST", "/espace/seances/{id:int}/votes/{itemId:int}") with { Query = "?handler=Open" },
        Secretariat("POST", "/espace/seances/{id:int}/votes/{itemId:int}") with { Query = "?handler=RollCall" },
        Secretariat("POST", "/espace/seances/{id:int}/votes/{itemId:int}") with { Query = "?handler=Close" },

        // The minutes: a draft is the secretariat's; the public reads them once approved, for a public session only
        // (who finds which minutes is the space matrix's and MinutesTests' business: here a 404 counts as reached)
        Workspace("GET", "/espace/seances/{id:int}/proces-verbal"),
        .. MinutesHandlers.Select(handler => Secretariat("POST", "/espace/seances/{id:int}/proces-verbal") with { Query = $"?handler={handler}" }),
        // A person convened remarks on the circulated minutes, and withdraws their own remark
        Workspace("POST", "/espace/seances/{id:int}/proces-verbal") with { Query = "?handler=Remark" },
        Workspace("POST", "/espace/seances/{id:int}/proces-verbal") with { Query = "?handler=WithdrawRemark" },
        Public("GET", "/seances/{id:int}/proces-verbal"),
        new("POST", "/seances/{id:int}/proces-verbal", N, N, N, N),

        // The written procedure: the secretariat opens and counts it; a member votes from their personal link, without a
        // session (the token is the secret: an unknown one answers 404, which the matrix counts as reached)
        Secretariat("GET", "/espace/consultations-ecrites"),
        Secretariat("POST", "/espace/consultations-ecrites"),
        Secretariat("GET", "/espace/consultations-ecrites/{id:int}"),
        Secretariat("POST", "/espace/consultations-ecrites/{id:int}") with { Query = "?handler=Close" },
        Public("GET", "/consultation/{token}"),
        Public("POST", "/consultation/{token}"),
    ];
}
