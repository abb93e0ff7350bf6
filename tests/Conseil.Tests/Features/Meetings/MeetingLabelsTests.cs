using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;

namespace Conseil.Tests.Features.Meetings;

/// <summary>A meeting's date and a vote's result as a French reader reads them.</summary>
public sealed class MeetingLabelsTests
{
    [Fact]
    public void A_meeting_reads_in_Paris_time_with_the_first_of_the_month_as_1er()
    {
        MeetingLabels.When(new DateTime(2026, 12, 1, 13, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 1, 15, 30, 0, DateTimeKind.Utc))
            .ShouldBe("Mardi 1er décembre 2026, de 14 h 00 à 16 h 30");
        MeetingLabels.When(new DateTime(2023, 9, 6, 12, 0, 0, DateTimeKind.Utc), new DateTime(2023, 9, 6, 15, 0, 0, DateTimeKind.Utc))
            .ShouldBe("Mercredi 6 septembre 2023, de 14 h 00 à 17 h 00");
    }

    [Fact]
    public void A_result_names_the_counts_the_majority_required_and_the_casting_vote()
    {
        var livreBlanc = new Vote { For = 32, Against = 2, Abstain = 5, Entitled = 39, Required = 20, Outcome = Outcome.Adopted };
        VoteLabels.Result(livreBlanc).ShouldBe("Adopté : 32 pour, 2 contre, 5 abstentions (20 voix requises, 39 votants habilités).");
        var tie = new Vote { For = 2, Against = 2, Entitled = 4, Required = 3, Outcome = Outcome.Rejected, ByCastingVote = true };
        VoteLabels.Result(tie).ShouldBe("Rejeté : 2 pour, 2 contre, 0 abstention, la voix du président étant prépondérante (3 voix requises, 4 votants habilités).");
    }
}
