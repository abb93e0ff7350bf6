using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Meetings.Votes;

public static class VoteLabels
{
    public static string Of(VoteMethod method) => method switch
    {
        VoteMethod.ShowOfHands => "À main levée",
        VoteMethod.RollCall => "Par appel nominal",
        VoteMethod.Electronic => "Vote électronique en séance",
        _ => method.ToString(),
    };

    public static string Of(VoteStatus status) => status switch
    {
        VoteStatus.Open => "Vote ouvert",
        VoteStatus.Closed => "Vote clos",
        _ => status.ToString(),
    };

    public static string Of(MajorityRule rule) => rule switch
    {
        MajorityRule.MembersPresentOrRepresented => "Majorité des membres présents ou représentés",
        MajorityRule.VotesCast => "Majorité des suffrages exprimés",
        MajorityRule.TwoThirdsOfVotesCast => "Deux tiers des suffrages exprimés",
        _ => rule.ToString(),
    };

    public static string Of(Choice choice) => choice switch
    {
        Choice.For => "Pour",
        Choice.Against => "Contre",
        Choice.Abstain => "Abstention",
        _ => choice.ToString(),
    };

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Adopted => "Adopté",
        Outcome.Rejected => "Rejeté",
        _ => outcome.ToString(),
    };

    /// <summary>« 32 pour, 2 contre, 5 abstentions ».</summary>
    public static string Counts(Tally tally) =>
        $"{tally.For} pour, {tally.Against} contre, {French.Count(tally.Abstain, "abstention", "abstentions")}";

    /// <summary>« Adopté par 32 voix pour, 2 contre et 5 abstentions (20 voix requises sur 39 votants habilités). »</summary>
    public static string Result(Vote vote)
    {
        var outcome = vote.Outcome is { } o ? Of(o) : "Sans résultat";
        var casting = vote.ByCastingVote ? ", la voix du président étant prépondérante" : "";
        return $"{outcome} : {Counts(vote.Tally)}{casting} ({French.Count(vote.Required, "voix requise", "voix requises")}, "
            + $"{French.Count(vote.Entitled, "votant habilité", "votants habilités")}).";
    }
}

internal sealed class VoteRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Values<VoteMethod>(VoteLabels.Of)
        .Values<VoteStatus>(VoteLabels.Of)
        .Values<MajorityRule>(VoteLabels.Of)
        .Values<Choice>(VoteLabels.Of)
        .Values<Outcome>(VoteLabels.Of);
}
