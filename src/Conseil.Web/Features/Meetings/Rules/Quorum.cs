namespace Conseil.Web.Features.Meetings.Rules;

/// <summary>How many members a body needs present (in person or remotely) or represented to deliberate.</summary>
public enum QuorumRule
{
    /// <summary>Half of the members at least, present or represented (CRPA R133-10).</summary>
    HalfOfMembers,
    /// <summary>The majority of the members: more than half.</summary>
    MajorityOfMembers,
    /// <summary>No quorum: the body deliberates whoever attends.</summary>
    None,
}

/// <summary>Where the count of a meeting stands against its body's quorum.</summary>
/// <param name="Members">The body's members convened (full members, or the substitutes sitting in their place).</param>
/// <param name="Counted">Present in person, present remotely, or represented by a proxy holder who attends.</param>
/// <param name="Required">How many must be counted; 0 when no quorum applies.</param>
public sealed record QuorumCount(int Members, int Counted, int Required)
{
    public bool IsMet => Counted >= Required;

    /// <summary>How many more members must arrive (or give a proxy) for the quorum to be met.</summary>
    public int Missing => Math.Max(0, Required - Counted);
}

public static class Quorum
{
    /// <summary>The quorum of a meeting under the rule that applies to it (see <see cref="DeliberationRules.QuorumFor"/>).</summary>
    public static QuorumCount Of(int members, int counted, QuorumRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        ArgumentOutOfRangeException.ThrowIfNegative(counted);
        var required = rule switch
        {
            QuorumRule.HalfOfMembers => (members + 1) / 2,
            QuorumRule.MajorityOfMembers => members / 2 + 1,
            _ => 0,
        };
        return new QuorumCount(members, counted, required);
    }
}
