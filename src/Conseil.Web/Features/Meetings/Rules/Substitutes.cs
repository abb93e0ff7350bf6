namespace Conseil.Web.Features.Meetings.Rules;

/// <summary>A seat as the meeting convenes it: its full member, and their substitute when the seat has one.</summary>
public sealed record SeatHolder(int FullMemberId, int? SubstituteId);

public static class Substitutes
{
    /// <summary>
    /// Who sits for each seat: the full member, or their substitute once the full member has declined the convocation.
    /// A seat whose full member declined and has no substitute is left to a proxy.
    /// </summary>
    public static IReadOnlyList<int> Sitting(IEnumerable<SeatHolder> seats, IReadOnlySet<int> declined) =>
    [
        .. seats.Select(s => declined.Contains(s.FullMemberId) && s.SubstituteId is { } substitute ? substitute : s.FullMemberId),
    ];

    /// <summary>The substitutes to convene now: those of full members who declined.</summary>
    public static IReadOnlyList<int> ToConvene(IEnumerable<SeatHolder> seats, IReadOnlySet<int> declined) =>
        [.. seats.Where(s => declined.Contains(s.FullMemberId) && s.SubstituteId is not null).Select(s => s.SubstituteId!.Value)];
}
