using Conseil.Web.Features.Dossiers;

namespace Conseil.Tests.Features.Dossiers;

/// <summary>
/// The dossier's state machine: received, accepted or declined (with a reason), under examination, drafting,
/// adopted, handed over, published, followed up, closed; every move it allows, and the words of those it refuses.
/// </summary>
public sealed class DossierStatesTests
{
    private static readonly (DossierState From, DossierState To)[] Allowed =
    [
        (DossierState.Received, DossierState.Accepted),
        (DossierState.Received, DossierState.Declined),
        (DossierState.Declined, DossierState.Closed),
        (DossierState.Accepted, DossierState.UnderExamination),
        (DossierState.UnderExamination, DossierState.Drafting),
        (DossierState.Drafting, DossierState.Adopted),
        (DossierState.Drafting, DossierState.UnderExamination),
        (DossierState.Adopted, DossierState.HandedOver),
        (DossierState.Adopted, DossierState.Published),
        (DossierState.HandedOver, DossierState.Published),
        (DossierState.Published, DossierState.FollowUp),
        (DossierState.Published, DossierState.Closed),
        (DossierState.FollowUp, DossierState.Closed),
    ];

    public static TheoryData<DossierState, DossierState> AllowedMoves() => [.. Allowed.Select(m => (m.From, m.To))];

    public static TheoryData<DossierState, DossierState> RefusedMoves() =>
    [
        .. Enum.GetValues<DossierState>().SelectMany(from => Enum.GetValues<DossierState>().Select(to => (from, to)))
            .Where(m => !Allowed.Contains(m)),
    ];

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Every_move_of_the_cycle_is_allowed_for_a_self_referral(DossierState from, DossierState to)
    {
        DossierStates.Allows(from, to).ShouldBeTrue();
        DossierStates.Refusal(ReferralKind.SelfReferral, from, to).ShouldBeNull();
        DossierStates.From(from, ReferralKind.SelfReferral).ShouldContain(to);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Every_other_move_is_refused_with_a_french_reason(DossierState from, DossierState to)
    {
        DossierStates.Allows(from, to).ShouldBeFalse();
        foreach (var kind in Enum.GetValues<ReferralKind>())
        {
            var refusal = DossierStates.Refusal(kind, from, to);
            refusal.ShouldNotBeNull();
            if (from == to) refusal.ShouldBe($"Le dossier est déjà à l'état « {DossierStates.Of(to)} ».");
            else if (from == DossierState.Closed) refusal.ShouldBe("Un dossier clos ne change plus d'état.");
            else refusal.ShouldContain("« " + DossierStates.Of(to) + " »");
            DossierStates.From(from, kind).ShouldNotContain(to);
        }
    }

    [Fact]
    public void A_refusal_says_where_the_dossier_may_go_instead()
    {
        DossierStates.Refusal(ReferralKind.Ministerial, DossierState.Received, DossierState.Drafting)
            .ShouldBe("Un dossier à l'état « Reçu » ne peut pas passer à l'état « En rédaction » : il peut passer à l'état « Accepté » ou « Décliné ».");
        DossierStates.Refusal(ReferralKind.Ministerial, DossierState.Accepted, DossierState.Adopted)
            .ShouldBe("Un dossier à l'état « Accepté » ne peut pas passer à l'état « Adopté » : il peut seulement passer à l'état « En instruction ».");
        DossierStates.Refusal(ReferralKind.Ministerial, DossierState.Drafting, DossierState.Drafting)
            .ShouldBe("Le dossier est déjà à l'état « En rédaction ».");
        DossierStates.Refusal(ReferralKind.Interministerial, DossierState.Closed, DossierState.FollowUp)
            .ShouldBe("Un dossier clos ne change plus d'état.");
    }

    [Theory]
    [InlineData(ReferralKind.Ministerial)]
    [InlineData(ReferralKind.Interministerial)]
    [InlineData(ReferralKind.MissionLetter)]
    public void A_minister_s_referral_is_handed_over_before_it_is_published(ReferralKind kind)
    {
        DossierStates.Refusal(kind, DossierState.Adopted, DossierState.Published)
            .ShouldBe("Un dossier saisi par un ministre lui est remis avant d'être publié : passez d'abord à l'état « Remis ».");
        DossierStates.From(DossierState.Adopted, kind).ShouldBe([DossierState.HandedOver]);
        DossierStates.Refusal(ReferralKind.SelfReferral, DossierState.Adopted, DossierState.Published).ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Declining_needs_a_reason(string? comment)
    {
        DossierStates.NeedsReason(DossierState.Declined).ShouldBeTrue();
        DossierStates.MissingReason(DossierState.Declined, comment).ShouldBe("Indiquez le motif pour lequel le Haut Conseil décline la saisine.");
        DossierStates.MissingReason(DossierState.Declined, "Hors du champ du Haut Conseil.").ShouldBeNull();
        DossierStates.MissingReason(DossierState.Accepted, comment).ShouldBeNull();
    }

    [Fact]
    public void Every_state_has_its_french_word_and_its_address_word()
    {
        foreach (var state in Enum.GetValues<DossierState>())
        {
            DossierStates.Of(state).ShouldNotBeNullOrWhiteSpace();
            DossierStates.FromSlug(DossierStates.Slug(state)).ShouldBe(state);
        }
        Enum.GetValues<DossierState>().Select(DossierStates.Of).Distinct().Count().ShouldBe(Enum.GetValues<DossierState>().Length);
        DossierStates.FromSlug("inconnu").ShouldBeNull();
    }

    [Fact]
    public void An_open_dossier_is_late_past_its_deadline_and_due_soon_within_thirty_days()
    {
        var today = new DateOnly(2026, 11, 22);
        DossierDeadlines.Of(DossierState.Drafting, today.AddDays(-1), today).ShouldBe(DeadlineUrgency.Late);
        DossierDeadlines.Of(DossierState.Drafting, today, today).ShouldBe(DeadlineUrgency.Soon);
        DossierDeadlines.Of(DossierState.Received, today.AddDays(30), today).ShouldBe(DeadlineUrgency.Soon);
        DossierDeadlines.Of(DossierState.UnderExamination, today.AddDays(31), today).ShouldBe(DeadlineUrgency.None);
        DossierDeadlines.Of(DossierState.Published, today.AddDays(-100), today).ShouldBe(DeadlineUrgency.None);
        DossierDeadlines.Of(DossierState.Accepted, null, today).ShouldBe(DeadlineUrgency.None);
        DossierDeadlines.Describe(today.AddDays(-1), today).ShouldBe("En retard de 1 jour");
        DossierDeadlines.Describe(today.AddDays(-12), today).ShouldBe("En retard de 12 jours");
        DossierDeadlines.Describe(today, today).ShouldBe("Échéance aujourd'hui");
        DossierDeadlines.Describe(today.AddDays(1), today).ShouldBe("Échéance demain");
        DossierDeadlines.Describe(today.AddDays(18), today).ShouldBe("Échéance dans 18 jours");
    }
}
