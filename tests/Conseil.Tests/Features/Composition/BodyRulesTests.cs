using Conseil.Web.Features.Composition;

namespace Conseil.Tests.Features.Composition;

public sealed class BodyRulesTests
{
    private static readonly College Accompanied = new() { Id = 3, Number = 3, Name = "Personnes accompagnées" };
    private static readonly College Qualified = new() { Id = 6, Number = 6, Name = "Personnes qualifiées" };
    private static readonly Body Standing = new() { Slug = "cp", Name = "Commission permanente", Kind = BodyKind.StandingCommission, MaxMembers = 12 };
    private static readonly Body Ethics = new() { Slug = "cedts", Name = "CEDTS", Kind = BodyKind.EthicsCommission, OnePerCollege = true };
    private static readonly Body Group = new() { Slug = "gt", Name = "Groupe numérique", Kind = BodyKind.WorkingGroup };

    private static BodyRules.Candidate Person(string name = "Karim Roux", bool president = false, bool vicePresident = false, College[]? colleges = null) =>
        new(name, president, vicePresident, colleges ?? []);

    private static List<BodyRules.Seated> Members(int count, int? collegeId = null) =>
        [.. Enumerable.Range(1, count).Select(i => new BodyRules.Seated($"Membre {i}", collegeId))];

    [Fact]
    public void The_twelfth_member_of_the_standing_commission_is_admitted()
    {
        var admission = BodyRules.Admit(Standing, Person(), Members(11));
        admission.Ineligible.ShouldBeEmpty();
        admission.NoRoom.ShouldBeEmpty();
        admission.CollegeId.ShouldBeNull();
    }

    [Fact]
    public void A_thirteenth_member_of_the_standing_commission_is_refused_for_want_of_room()
    {
        var admission = BodyRules.Admit(Standing, Person(), Members(12));
        admission.NoRoom.ShouldHaveSingleItem().Message.ShouldBe(
            "La commission permanente compte déjà 12 membres (le maximum fixé) : mettez fin à une participation avant d'en ajouter une.");
        admission.NoRoom[0].Field.ShouldBe("PersonId");
    }

    [Fact]
    public void A_vice_president_counts_towards_the_maximum()
    {
        BodyRules.Admit(Standing, Person(vicePresident: true), Members(12)).NoRoom.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_president_is_never_recorded_as_a_member_of_a_body_with_rules()
    {
        var admission = BodyRules.Admit(Standing, Person("Mathieu Klein", president: true), Members(3));
        admission.Ineligible.ShouldHaveSingleItem().Message.ShouldStartWith("Mathieu Klein préside le Haut Conseil : la présidence siège de droit à la commission permanente");
        BodyRules.Admit(Group, Person("Mathieu Klein", president: true), []).Ineligible.ShouldBeEmpty();
    }

    [Fact]
    public void A_representative_at_the_cedts_takes_the_college_of_their_mandate()
    {
        var admission = BodyRules.Admit(Ethics, Person(colleges: [Accompanied]), Members(2, Qualified.Id));
        admission.NoRoom.ShouldBeEmpty();
        admission.CollegeId.ShouldBe(Accompanied.Id);
    }

    [Fact]
    public void A_second_representative_of_a_college_at_the_cedts_is_refused_with_the_first_ones_name()
    {
        var admission = BodyRules.Admit(Ethics, Person(colleges: [Accompanied]), [new("Élodie Lambert", Accompanied.Id)]);
        admission.NoRoom.ShouldHaveSingleItem().Message.ShouldBe(
            "Le collège « Personnes accompagnées » a déjà un représentant à la CEDTS : Élodie Lambert.");
    }

    [Fact]
    public void Vice_presidents_sit_at_the_cedts_ex_officio_without_representing_their_college()
    {
        var admission = BodyRules.Admit(Ethics, Person(vicePresident: true, colleges: [Accompanied]), [new("Élodie Lambert", Accompanied.Id)]);
        admission.NoRoom.ShouldBeEmpty();
        admission.Ineligible.ShouldBeEmpty();
        admission.CollegeId.ShouldBeNull();
    }

    [Fact]
    public void A_person_without_a_current_mandate_cannot_represent_a_college()
    {
        BodyRules.Admit(Ethics, Person(), []).Ineligible.ShouldHaveSingleItem().Message
            .ShouldStartWith("Karim Roux ne détient pas de mandat en cours dans un collège");
    }

    [Fact]
    public void A_person_with_mandates_in_two_colleges_represents_the_one_still_free()
    {
        var admission = BodyRules.Admit(Ethics, Person(colleges: [Accompanied, Qualified]), [new("Élodie Lambert", Accompanied.Id)]);
        admission.CollegeId.ShouldBe(Qualified.Id);
    }

    [Fact]
    public void A_body_without_rules_admits_anyone()
    {
        var admission = BodyRules.Admit(Group, Person(), Members(40));
        (admission.Ineligible.Count + admission.NoRoom.Count).ShouldBe(0);
    }

    [Fact]
    public void The_maximum_cannot_go_below_the_members_in_office()
    {
        BodyRules.CheckMaximum(Standing, 10, 11)!.Message.ShouldStartWith("La commission permanente compte 11 membres : le maximum ne peut pas être inférieur.");
        BodyRules.CheckMaximum(Standing, 11, 11).ShouldBeNull();
        BodyRules.CheckMaximum(Standing, null, 11).ShouldBeNull();
    }

    [Fact]
    public void Switching_one_per_college_on_gives_each_member_their_college_or_names_who_stands_in_the_way()
    {
        var members = new List<BodyRules.Member>
        {
            new(1, Person("Élodie Lambert", colleges: [Accompanied]), null),
            new(2, Person("Karim Roux", colleges: [Accompanied]), null),
            new(3, Person("Claire Martin", vicePresident: true, colleges: [Accompanied]), null),
            new(4, Person("Hugo Faure", colleges: [Qualified]), null),
        };

        var (errors, colleges) = BodyRules.RepresentColleges(Standing, members);

        colleges.ShouldBe(new Dictionary<int, int> { [1] = Accompanied.Id, [4] = Qualified.Id });
        errors.ShouldHaveSingleItem().Message.ShouldBe("Pour appliquer cette règle, mettez d'abord fin à la participation de Karim Roux. " +
            "Le collège « Personnes accompagnées » a déjà un représentant à la commission permanente : Élodie Lambert.");
        errors[0].Field.ShouldBe("OnePerCollege");
    }
}
