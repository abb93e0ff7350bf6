namespace Conseil.Web.Features.Meetings.Rules;

/// <summary>A convened member's attendance, as the convocation's answer announces it and the sheet of the day records it.</summary>
public enum Presence
{
    /// <summary>Not yet recorded.</summary>
    Unknown,
    Present,
    /// <summary>Present by audio or video link: counted as present (CRPA R133-10).</summary>
    Remote,
    /// <summary>Absent, with a proxy given to a member who attends.</summary>
    Represented,
    Excused,
    Absent,
}

public static class Presences
{
    public static bool Attends(this Presence presence) => presence is Presence.Present or Presence.Remote;

    /// <summary>Counted for the quorum and among those present or represented.</summary>
    public static bool Counts(this Presence presence) => presence.Attends() || presence == Presence.Represented;
}
