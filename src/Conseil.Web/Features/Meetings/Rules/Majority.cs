namespace Conseil.Web.Features.Meetings.Rules;

/// <summary>What a text or a proposal needs to be adopted; set per body, and per agenda item when it differs.</summary>
public enum MajorityRule
{
    /// <summary>More than half of the members present or represented and entitled to vote: an abstention counts as not for (CRPA R133-10).</summary>
    MembersPresentOrRepresented,
    /// <summary>More votes for than against; abstentions are not counted.</summary>
    VotesCast,
    /// <summary>Two thirds at least of the votes cast, abstentions not counted.</summary>
    TwoThirdsOfVotesCast,
}

public enum Choice
{
    For,
    Against,
    Abstain,
}

public enum Outcome
{
    Adopted,
    Rejected,
}

/// <summary>The votes counted on an item: each one a member's own or a proxy's, never both for one member.</summary>
/// <param name="Entitled">Members present or represented who may vote on the item (those with a declared conflict of interest excluded).</param>
public sealed record Tally(int For, int Against, int Abstain, int Entitled)
{
    public int Cast => For + Against;
    public int Voted => For + Against + Abstain;

    /// <summary>« Partage égal des voix »: as many for as against, and no other count gives either side the majority.</summary>
    public bool IsTie => For == Against && For > 0;
}

/// <summary>The result of a vote: adopted or rejected, and how (the majority required, whether the president's casting vote decided).</summary>
public sealed record Decision(Outcome Outcome, int Required, bool ByCastingVote);

public static class Majority
{
    /// <summary>
    /// Decides an item. On an equal division of the votes the president's vote is decisive: their own choice, for or
    /// against, carries the item; a president who abstained or did not vote leaves it rejected. Under the rule of the
    /// members present or represented, a division is equal only when for and against are each exactly half of them.
    /// </summary>
    public static Decision Decide(Tally tally, MajorityRule rule, Choice? presidentsVote = null)
    {
        if (tally.Voted > tally.Entitled)
            throw new ArgumentException("Plus de votes que de votants habilités.", nameof(tally));
        var required = Required(tally, rule);
        if (tally.For >= required && required > 0) return new Decision(Outcome.Adopted, required, false);
        var tie = tally.IsTie && (rule != MajorityRule.MembersPresentOrRepresented || tally.For * 2 == tally.Entitled);
        if (tie && presidentsVote is Choice.For or Choice.Against)
            return new Decision(presidentsVote == Choice.For ? Outcome.Adopted : Outcome.Rejected, required, true);
        return new Decision(Outcome.Rejected, required, false);
    }

    /// <summary>The votes for the item needs.</summary>
    public static int Required(Tally tally, MajorityRule rule) => rule switch
    {
        MajorityRule.MembersPresentOrRepresented => tally.Entitled / 2 + 1,
        MajorityRule.VotesCast => tally.Against + 1,
        MajorityRule.TwoThirdsOfVotesCast => tally.Cast == 0 ? 1 : (2 * tally.Cast + 2) / 3,
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}
