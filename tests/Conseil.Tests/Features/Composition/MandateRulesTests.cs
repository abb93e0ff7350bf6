using Conseil.Web.Features.Composition;

namespace Conseil.Tests.Features.Composition;

public sealed class MandateRulesTests
{
    private static readonly College WithSubstitutes = new() { Id = 1, Name = "Professionnels", Quota = 18 };
    private static readonly College QualifiedPersons = new() { Id = 6, Name = "Personnes qualifiées", Quota = 10, HasSubstitutes = false };
    private static readonly Term Term = new() { Id = 3, Name = "2022–2027", StartDate = new(2022, 6, 14), EndDate = new(2027, 6, 13) };

    private static MandateRules.Candidate Candidate(MandateRole role = MandateRole.FullMember, int person = 10, int seat = 100,
        DateOnly? start = null, DateOnly? end = null) =>
        new(0, seat, person, Term.Id, role, start ?? Term.StartDate, end ?? Term.EndDate);

    private static Mandate Existing(MandateRole role, int person, int seat = 100, DateOnly? start = null, DateOnly? end = null) =>
        new() { Id = person * 1000, SeatId = seat, PersonId = person, TermId = Term.Id, Role = role,
            StartDate = start ?? Term.StartDate, EndDate = end ?? Term.EndDate };

    [Fact]
    public void A_mandate_on_a_free_seat_within_the_term_is_accepted() =>
        MandateRules.Check(Candidate(), WithSubstitutes, Term, [], []).ShouldBeEmpty();

    [Fact]
    public void An_end_date_before_the_start_date_is_refused()
    {
        var errors = MandateRules.Check(Candidate(start: new(2024, 5, 1), end: new(2024, 4, 30)), WithSubstitutes, Term, [], []);
        errors.ShouldHaveSingleItem().Field.ShouldBe("EndDate");
        errors[0].Message.ShouldContain("postérieure");
    }

    [Fact]
    public void Two_overlapping_full_members_on_one_seat_are_refused()
    {
        var onSeat = new[] { Existing(MandateRole.FullMember, person: 20, end: new(2024, 1, 1)) };
        var errors = MandateRules.Check(Candidate(start: new(2023, 12, 31)), WithSubstitutes, Term, onSeat, []);
        errors.ShouldContain(e => e.Field == "StartDate" && e.Message.Contains("se chevauchent"));
    }

    [Fact]
    public void A_full_member_following_another_on_the_next_day_is_accepted()
    {
        var onSeat = new[] { Existing(MandateRole.FullMember, person: 20, end: new(2024, 1, 1)) };
        MandateRules.Check(Candidate(start: new(2024, 1, 2)), WithSubstitutes, Term, onSeat, []).ShouldBeEmpty();
    }

    [Fact]
    public void A_substitute_whose_seat_has_no_full_member_is_refused()
    {
        var errors = MandateRules.Check(Candidate(MandateRole.Substitute), WithSubstitutes, Term, [], []);
        errors.ShouldContain(e => e.Message.Contains("titulaire sur la même période"));
    }

    [Fact]
    public void A_substitute_beside_a_full_member_is_accepted()
    {
        var onSeat = new[] { Existing(MandateRole.FullMember, person: 20) };
        MandateRules.Check(Candidate(MandateRole.Substitute), WithSubstitutes, Term, onSeat, []).ShouldBeEmpty();
    }

    [Fact]
    public void Qualified_persons_have_no_substitutes()
    {
        var onSeat = new[] { Existing(MandateRole.FullMember, person: 20) };
        var errors = MandateRules.Check(Candidate(MandateRole.Substitute), QualifiedPersons, Term, onSeat, []);
        errors.ShouldContain(e => e.Field == "Role" && e.Message.Contains("ne comprend pas de suppléants"));
    }

    [Fact]
    public void One_person_holding_two_seats_of_the_same_college_in_the_same_term_is_refused()
    {
        var elsewhere = new[] { Existing(MandateRole.FullMember, person: 10, seat: 101) };
        var errors = MandateRules.Check(Candidate(person: 10, seat: 100), WithSubstitutes, Term, [], elsewhere);
        errors.ShouldContain(e => e.Field == "PersonId" && e.Message.Contains("détient déjà un mandat"));
    }

    [Fact]
    public void A_mandate_outside_its_term_is_refused()
    {
        var errors = MandateRules.Check(Candidate(end: new(2027, 12, 31)), WithSubstitutes, Term, [], []);
        errors.ShouldContain(e => e.Message.Contains("mandature 2022–2027"));
    }
}
