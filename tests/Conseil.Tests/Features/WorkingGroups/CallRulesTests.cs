using Conseil.Web.Features.WorkingGroups;

namespace Conseil.Tests.Features.WorkingGroups;

/// <summary>The rules of a call for candidates, without a database: dates, once per person, a closed call, the selection.</summary>
public sealed class CallRulesTests
{
    private static readonly DateOnly Opens = new(2026, 11, 2), Closes = new(2026, 11, 20);

    private static CallForCandidates Call(DateOnly? decided = null) => new() { OpensOn = Opens, ClosesOn = Closes, DecidedOn = decided };

    [Theory]
    [InlineData(2026, 11, 1, CallStatus.Upcoming)]
    [InlineData(2026, 11, 2, CallStatus.Open)]
    [InlineData(2026, 11, 20, CallStatus.Open)]
    [InlineData(2026, 11, 21, CallStatus.AwaitingSelection)]
    public void A_call_is_open_from_its_opening_day_to_its_closing_day_included(int year, int month, int day, CallStatus expected) =>
        CallRules.StatusOn(Call(), new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void A_decided_call_is_decided_whatever_the_day() =>
        CallRules.StatusOn(Call(decided: new DateOnly(2026, 11, 10)), new DateOnly(2026, 11, 12)).ShouldBe(CallStatus.Decided);

    [Fact]
    public void A_council_member_applies_once_while_the_call_is_open()
    {
        var today = new DateOnly(2026, 11, 10);
        CallRules.RefuseApplication(Call(), today, hasCurrentMandate: true, isGroupMember: false, hasApplied: false).ShouldBeNull();
        CallRules.RefuseApplication(Call(), today, hasCurrentMandate: true, isGroupMember: false, hasApplied: true)
            .ShouldBe("Vous avez déjà déposé votre candidature à cet appel.");
        CallRules.RefuseApplication(Call(), today, hasCurrentMandate: true, isGroupMember: true, hasApplied: false)
            .ShouldBe("Vous faites déjà partie de ce groupe de travail.");
        CallRules.RefuseApplication(Call(), today, hasCurrentMandate: false, isGroupMember: false, hasApplied: false)
            .ShouldBe("Seuls les membres du Haut Conseil ayant un mandat en cours peuvent se porter candidats.");
    }

    [Fact]
    public void Nobody_applies_before_the_opening_after_the_closing_or_once_the_selection_is_made()
    {
        CallRules.RefuseApplication(Call(), new DateOnly(2026, 11, 1), true, false, false)
            .ShouldBe("L'appel à candidatures n'est pas encore ouvert : il ouvre le 2 novembre 2026.");
        CallRules.RefuseApplication(Call(), new DateOnly(2026, 11, 21), true, false, false)
            .ShouldBe("L'appel à candidatures est clos : les candidatures ne sont plus reçues.");
        CallRules.RefuseApplication(Call(decided: new DateOnly(2026, 11, 15)), new DateOnly(2026, 11, 16), true, false, false)
            .ShouldBe("La sélection a été arrêtée : les candidatures ne sont plus reçues.");
    }

    [Fact]
    public void A_candidacy_is_withdrawn_only_while_the_call_is_open()
    {
        CallRules.RefuseWithdrawal(Call(), new DateOnly(2026, 11, 20), hasApplied: true).ShouldBeNull();
        CallRules.RefuseWithdrawal(Call(), new DateOnly(2026, 11, 21), hasApplied: true)
            .ShouldBe("L'appel est clos : une candidature ne peut plus être retirée.");
        CallRules.RefuseWithdrawal(Call(decided: new DateOnly(2026, 11, 15)), new DateOnly(2026, 11, 16), hasApplied: true)
            .ShouldBe("L'appel est clos : une candidature ne peut plus être retirée.");
        CallRules.RefuseWithdrawal(Call(), new DateOnly(2026, 11, 10), hasApplied: false).ShouldBe("Vous n'avez pas de candidature à retirer.");
    }

    [Fact]
    public void The_selection_is_made_once_and_may_close_an_answered_call_early()
    {
        CallRules.RefuseSelection(Call(), new DateOnly(2026, 11, 10), groupClosed: false, candidacies: 2).ShouldBeNull();
        CallRules.RefuseSelection(Call(decided: new DateOnly(2026, 11, 10)), new DateOnly(2026, 11, 11), false, 2)
            .ShouldBe("La sélection de cet appel a déjà été arrêtée.");
        CallRules.RefuseSelection(Call(), new DateOnly(2026, 11, 1), false, 0).ShouldBe("L'appel n'est pas encore ouvert : il n'y a rien à sélectionner.");
        CallRules.RefuseSelection(Call(), new DateOnly(2026, 11, 10), true, 2).ShouldBe("Le groupe de travail est clos.");
    }

    [Fact]
    public void A_call_nobody_answered_stays_open_until_its_date_then_closes_without_selection()
    {
        CallRules.RefuseSelection(Call(), new DateOnly(2026, 11, 20), false, 0)
            .ShouldBe("L'appel n'a reçu aucune candidature : il reste ouvert jusqu'à sa date de clôture.");
        CallRules.RefuseSelection(Call(), new DateOnly(2026, 11, 21), false, 0).ShouldBeNull();
    }

    [Fact]
    public void The_chosen_candidacies_are_selected_and_the_others_not()
    {
        var chosen = new HashSet<int> { 3, 5 };
        CallRules.DecisionOf(3, chosen).ShouldBe(CandidacyDecision.Selected);
        CallRules.DecisionOf(4, chosen).ShouldBe(CandidacyDecision.NotSelected);
    }

    [Fact]
    public void A_call_closes_after_it_opens_and_not_in_the_past()
    {
        var today = new DateOnly(2026, 11, 10);
        CallRules.CheckCall(today, today.AddDays(-1), today, null).ShouldBe([("ClosesOn", "La date de clôture doit suivre la date d'ouverture.")]);
        CallRules.CheckCall(today.AddDays(-20), today.AddDays(-1), today, null).ShouldBe([("ClosesOn", "La date de clôture est déjà passée.")]);
        CallRules.CheckCall(today, today, today, null).ShouldBeEmpty();
        CallRules.CheckCall(today, today.AddDays(10), today, new DateOnly(2026, 10, 1))
            .ShouldBe([("", "Le groupe de travail est clos : il ne peut plus ouvrir d'appel à candidatures.")]);
    }

    [Theory]
    [InlineData(GroupRole.CoLead, false, false, true)]
    [InlineData(GroupRole.CoLead, true, false, false)]
    [InlineData(GroupRole.Member, false, true, true)]
    [InlineData(GroupRole.Expert, true, false, true)]
    [InlineData(GroupRole.Expert, false, true, false)]
    [InlineData(GroupRole.AdministrationCoLead, false, false, false)]
    [InlineData(GroupRole.Rapporteur, false, false, false)]
    public void Co_leads_and_members_hold_a_mandate_experts_belong_to_the_panel(GroupRole role, bool mandate, bool panel, bool refused) =>
        (GroupEligibility.Refuse(role, mandate, panel) is not null).ShouldBe(refused);
}
