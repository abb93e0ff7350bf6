namespace Conseil.Web.Features.Meetings;

public static class MeetingPaths
{
    public const string List = "/espace/seances";
    public const string New = "/espace/seances/nouvelle";
    public const string PublicCalendar = "/seances";
    public const string PublicFeed = "/seances.ics";
    public const string MyCalendar = "/compte/calendrier";
    public const string BodyCalendars = "/espace/seances/calendriers";
    public static string Meeting(int id) => $"/espace/seances/{id}";
    public static string Attendance(int id) => $"/espace/seances/{id}/presences";
    public static string Vote(int id, int itemId) => $"/espace/seances/{id}/votes/{itemId}";
    public static string Minutes(int id) => $"/espace/seances/{id}/proces-verbal";
    public static string PackDocument(int id, int versionId) => $"/espace/seances/{id}/documents/{versionId}";
    public static string PublicMinutes(int id) => $"/seances/{id}/proces-verbal";
    public const string Consultations = "/espace/consultations-ecrites";
    public static string Consultation(int id) => $"/espace/consultations-ecrites/{id}";
    /// <summary>A member's personal link to vote in a written procedure: the token is the secret, no session needed.</summary>
    public static string WrittenBallot(string token) => $"/consultation/{token}";
}
