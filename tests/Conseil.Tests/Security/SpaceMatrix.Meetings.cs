namespace Conseil.Tests.Security;

public static partial class SpaceMatrix
{
    /// <summary>
    /// A closed meeting of a body the group member sits on: the people it convenes read it, a member of another body and
    /// an outsider get 404; only the secretariat writes (a convened member's write is refused), but for a ballot, which a
    /// convened member sends and the vote refuses when it is not theirs; the attendance sheet is the secretariat's alone,
    /// refused to everyone else whatever the meeting.
    /// </summary>
    // Properties, not fields: Rows, in the other part of the class, is initialised first.
    private static string[] MeetingHandlers => ["AddItem", "RemoveItem", "MoveUp", "Conclude", "ConveneAgain", "Convoke", "Cancel", "AddDocument", "RemoveDocument"];
    private static string[] GetAndPost => ["GET", "POST"];
    private static string[] VoteHandlers => ["Open", "RollCall", "Close"];
    private static string[] MinutesHandlers => ["Save", "Circulate", "Approve"];

    private static Row[] Meetings() =>
    [
        Space("GET", "/espace/seances/{id:int}"),
        .. MeetingHandlers.Select(handler =>
            Space("POST", "/espace/seances/{id:int}") with { Query = $"?handler={handler}", GroupMember = Access.Denied, President = Access.Denied }),
        // A person convened answers the convocation; a president who is not convened is told so on the page
        Space("POST", "/espace/seances/{id:int}") with { Query = "?handler=Reply" },
        // The document of the meeting pack ({versionId:int}, joined to the meeting's item)
        Space("GET", "/espace/seances/{id:int}/documents/{versionId:int}"),
        new("POST", "/espace/seances/{id:int}/documents/{versionId:int}")
        {
            Outsider = Access.NotOffered, OtherGroupMember = Access.NotOffered, GroupMember = Access.NotOffered,
            President = Access.NotOffered, Secretariat = Access.NotOffered,
        },
        Space("GET", "/espace/seances/{id:int}/votes/{itemId:int}"),
        Space("POST", "/espace/seances/{id:int}/votes/{itemId:int}") with { Query = "?handler=Cast" },
        .. VoteHandlers.Select(handler => Space("POST", "/espace/seances/{id:int}/votes/{itemId:int}") with
        {
            Query = $"?handler={handler}", GroupMember = Access.Denied, President = Access.Denied,
        }),
        // The minutes of a meeting not held: the secretariat alone reads the page, nobody else finds minutes there
        Steering("GET", "/espace/seances/{id:int}/proces-verbal"),
        .. MinutesHandlers.Select(handler => Space("POST", "/espace/seances/{id:int}/proces-verbal") with
        {
            Query = $"?handler={handler}", GroupMember = Access.Denied, President = Access.Denied,
        }),
        // Remarks: on minutes not circulated, a convened member's is refused and finds no minutes (404), the secretariat's is
        // refused on the page; a remark is withdrawn by its author alone, nobody else finds it (404)
        Steering("POST", "/espace/seances/{id:int}/proces-verbal") with { Query = "?handler=Remark" },
        Steering("POST", "/espace/seances/{id:int}/proces-verbal") with { Query = "?handler=WithdrawRemark", Secretariat = Access.NotFound },
        .. GetAndPost.Select(method => new Row(method, "/espace/seances/{id:int}/presences")
        {
            Outsider = Access.Denied, OtherGroupMember = Access.Denied, GroupMember = Access.Denied, President = Access.Denied,
        }),
    ];
}
