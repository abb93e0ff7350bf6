using Conseil.Web.Features.Meetings.Rules;

namespace Conseil.Tests.Features.Meetings;

/// <summary>Quorum, majorities and the president's casting vote, as a plenary decides (CRPA R133-10 defaults, other rules per body).</summary>
public sealed class DecisionRulesTests
{
    [Theory]
    [InlineData(66, 33, true)]
    [InlineData(66, 32, false)]
    [InlineData(13, 7, true)]
    [InlineData(13, 6, false)]
    public void The_quorum_is_half_of_the_members_present_or_represented(int members, int counted, bool met)
    {
        var quorum = Quorum.Of(members, counted, QuorumRule.HalfOfMembers);
        quorum.IsMet.ShouldBe(met);
        quorum.Missing.ShouldBe(met ? 0 : quorum.Required - counted);
    }

    [Fact]
    public void A_majority_of_members_quorum_needs_more_than_half()
    {
        Quorum.Of(12, 6, QuorumRule.MajorityOfMembers).IsMet.ShouldBeFalse();
        Quorum.Of(12, 7, QuorumRule.MajorityOfMembers).IsMet.ShouldBeTrue();
    }

    [Fact]
    public void A_second_convocation_needs_no_quorum_unless_the_body_says_otherwise()
    {
        Quorum.Of(66, 10, DeliberationRules.Default.QuorumFor(secondConvocation: true)).IsMet.ShouldBeTrue();
        Quorum.Of(66, 10, (DeliberationRules.Default with { SecondConvocationWithoutQuorum = false }).QuorumFor(secondConvocation: true)).IsMet.ShouldBeFalse();
        Quorum.Of(66, 10, DeliberationRules.Default.QuorumFor(secondConvocation: false)).IsMet.ShouldBeFalse();
    }

    [Fact]
    public void The_livre_blanc_is_adopted_by_32_for_2_against_and_5_abstentions()
    {
        var tally = new Tally(32, 2, 5, Entitled: 39);
        var decision = Majority.Decide(tally, MajorityRule.MembersPresentOrRepresented);
        decision.ShouldBe(new Decision(Outcome.Adopted, 20, false));
        Majority.Decide(tally, MajorityRule.VotesCast).Outcome.ShouldBe(Outcome.Adopted);
        Majority.Decide(tally, MajorityRule.TwoThirdsOfVotesCast).Outcome.ShouldBe(Outcome.Adopted);
    }

    [Fact]
    public void Under_the_default_rule_abstentions_weigh_against_while_the_votes_cast_ignore_them()
    {
        var tally = new Tally(15, 10, 14, Entitled: 39);
        Majority.Decide(tally, MajorityRule.MembersPresentOrRepresented).Outcome.ShouldBe(Outcome.Rejected);
        Majority.Decide(tally, MajorityRule.VotesCast).Outcome.ShouldBe(Outcome.Adopted);
    }

    [Fact]
    public void Two_thirds_of_the_votes_cast_is_reached_at_exactly_two_thirds()
    {
        Majority.Decide(new Tally(20, 10, 3, 33), MajorityRule.TwoThirdsOfVotesCast).Outcome.ShouldBe(Outcome.Adopted);
        Majority.Decide(new Tally(19, 10, 4, 33), MajorityRule.TwoThirdsOfVotesCast).Outcome.ShouldBe(Outcome.Rejected);
    }

    [Theory]
    [InlineData(Choice.For, Outcome.Adopted)]
    [InlineData(Choice.Against, Outcome.Rejected)]
    public void On_an_equal_division_the_presidents_vote_decides(Choice president, Outcome outcome)
    {
        var decision = Majority.Decide(new Tally(10, 10, 0, 20), MajorityRule.MembersPresentOrRepresented, president);
        decision.Outcome.ShouldBe(outcome);
        decision.ByCastingVote.ShouldBeTrue();
        Majority.Decide(new Tally(8, 8, 3, 19), MajorityRule.VotesCast, president).Outcome.ShouldBe(outcome);
    }

    [Fact]
    public void A_president_who_abstains_leaves_a_tie_rejected_and_abstentions_leave_no_tie_under_the_default_rule()
    {
        Majority.Decide(new Tally(10, 10, 0, 20), MajorityRule.MembersPresentOrRepresented, Choice.Abstain)
            .ShouldBe(new Decision(Outcome.Rejected, 11, false));
        Majority.Decide(new Tally(9, 9, 2, 20), MajorityRule.MembersPresentOrRepresented, Choice.For)
            .ShouldBe(new Decision(Outcome.Rejected, 11, false));
    }

    [Fact]
    public void A_tally_with_more_votes_than_voters_is_refused()
    {
        Should.Throw<ArgumentException>(() => Majority.Decide(new Tally(30, 5, 5, 39), MajorityRule.VotesCast));
    }
}
