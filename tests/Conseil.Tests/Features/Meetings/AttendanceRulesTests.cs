using Conseil.Web.Features.Meetings.Rules;

namespace Conseil.Tests.Features.Meetings;

/// <summary>Proxies, substitutes and who votes on an item (conflicts of interest).</summary>
public sealed class AttendanceRulesTests
{
    private static readonly HashSet<int> Members = [1, 2, 3, 4, 5];

    [Fact]
    public void A_proxy_goes_to_another_member_of_the_same_body()
    {
        Proxies.Refusal(new Proxy(1, 2), Members, []).ShouldBeNull();
        Proxies.Refusal(new Proxy(1, 9), Members, []).ShouldBe("La procuration ne peut être donnée qu'à un autre membre de la même instance.");
        Proxies.Refusal(new Proxy(1, 1), Members, []).ShouldBe("Un membre ne peut pas se donner procuration à lui-même.");
        Proxies.Refusal(new Proxy(9, 1), Members, []).ShouldBe("Seul un membre de l'instance peut donner une procuration.");
    }

    [Fact]
    public void A_member_holds_one_proxy_at_most_by_default_and_more_when_the_body_allows()
    {
        Proxy[] given = [new(1, 2)];
        Proxies.Refusal(new Proxy(3, 2), Members, given, nameOf: _ => "Mme Durand")
            .ShouldBe("Mme Durand détient déjà une procuration : un membre n'en détient qu'une à la fois.");
        Proxies.Refusal(new Proxy(3, 2), Members, given, maxHeld: 2).ShouldBeNull();
        Proxies.Refusal(new Proxy(4, 2), Members, [.. given, new(3, 2)], maxHeld: 2, nameOf: _ => "Mme Durand")
            .ShouldBe("Mme Durand détient déjà 2 procurations, le nombre maximal fixé pour cette instance.");
        Proxies.Refusal(new Proxy(1, 2), Members, [], maxHeld: 0)
            .ShouldBe("Les règles de cette instance n'admettent pas de procuration : chaque membre vote en personne.");
    }

    [Fact]
    public void A_vote_is_never_delegated_twice()
    {
        Proxy[] given = [new(1, 2)];
        Proxies.Refusal(new Proxy(1, 3), Members, given).ShouldBe("Une procuration est déjà donnée pour ce membre : retirez-la avant d'en donner une autre.");
        Proxies.Refusal(new Proxy(4, 1), Members, given, nameOf: _ => "M. Martin")
            .ShouldBe("M. Martin a lui-même donné procuration : choisissez un membre qui assiste à la séance.");
    }

    [Fact]
    public void A_substitute_sits_in_place_of_a_full_member_who_declined()
    {
        SeatHolder[] seats = [new(1, 11), new(2, 12), new(3, null)];
        HashSet<int> declined = [2, 3];
        Substitutes.Sitting(seats, declined).ShouldBe([1, 12, 3]);
        Substitutes.ToConvene(seats, declined).ShouldBe([12]);
    }

    [Fact]
    public void A_proxy_holder_votes_for_themself_and_for_the_member_they_represent()
    {
        var attendance = new Dictionary<int, Presence>
        {
            [1] = Presence.Represented, [2] = Presence.Present, [3] = Presence.Remote, [4] = Presence.Excused, [5] = Presence.Represented,
        };
        // Member 5's holder is excused: their proxy cannot be used.
        var voters = Electorate.Of(attendance, [new(1, 2), new(5, 4)], new HashSet<int>());
        voters.ShouldBe([new Voter(2, true, [1]), new Voter(3, true, [])], new VoterComparer());
        Electorate.Entitled(voters).ShouldBe(3);
    }

    [Fact]
    public void A_member_with_a_conflict_of_interest_takes_no_part_in_the_item_even_by_proxy()
    {
        var attendance = new Dictionary<int, Presence> { [1] = Presence.Represented, [2] = Presence.Present, [3] = Presence.Present };
        var conflicted = new HashSet<int> { 1, 3 };
        var voters = Electorate.Of(attendance, [new(1, 2)], conflicted);
        voters.ShouldBe([new Voter(2, true, [])], new VoterComparer());
        Electorate.Entitled(voters).ShouldBe(1);

        var holderConflicted = Electorate.Of(attendance, [new(1, 2)], new HashSet<int> { 2 });
        holderConflicted.ShouldBe([new Voter(2, false, [1]), new Voter(3, true, [])], new VoterComparer());
    }

    private sealed class VoterComparer : IEqualityComparer<Voter>
    {
        public bool Equals(Voter? x, Voter? y) => x is not null && y is not null && x.PersonId == y.PersonId && x.VotesOwn == y.VotesOwn
            && x.Represented.SequenceEqual(y.Represented);

        public int GetHashCode(Voter obj) => obj.PersonId;
    }
}
