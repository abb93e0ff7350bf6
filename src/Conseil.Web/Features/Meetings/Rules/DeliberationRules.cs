namespace Conseil.Web.Features.Meetings.Rules;

/// <summary>
/// How a body deliberates, set on the body's page (secretariat) or by the API: its quorum, whether a second convocation
/// after a failed quorum needs one, the majority a vote requires unless the item says otherwise, and how many proxies
/// a member may hold. The defaults are the general rules of consultative commissions (CRPA R133-10 and R133-13).
/// </summary>
public sealed record DeliberationRules(QuorumRule Quorum, bool SecondConvocationWithoutQuorum, MajorityRule Majority, int MaxProxiesHeld)
{
    public const int MaxProxiesAllowed = 5;

    public static DeliberationRules Default { get; } =
        new(QuorumRule.HalfOfMembers, true, MajorityRule.MembersPresentOrRepresented, Proxies.DefaultMaxHeld);

    /// <summary>The quorum a meeting needs: none for a second convocation when the body's rules exempt it.</summary>
    public QuorumRule QuorumFor(bool secondConvocation) =>
        secondConvocation && SecondConvocationWithoutQuorum ? QuorumRule.None : Quorum;
}
