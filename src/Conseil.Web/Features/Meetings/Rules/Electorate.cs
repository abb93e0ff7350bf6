namespace Conseil.Web.Features.Meetings.Rules;

/// <summary>A member who may cast votes on an item: their own when they attend, and that of each member they represent.</summary>
/// <param name="Represented">The members whose proxy they hold and who may vote on the item.</param>
public sealed record Voter(int PersonId, bool VotesOwn, IReadOnlyList<int> Represented)
{
    public int Votes => (VotesOwn ? 1 : 0) + Represented.Count;
}

public static class Electorate
{
    /// <summary>
    /// Who votes on an item, and for whom: each member who attends votes for themself and for the members whose proxy
    /// they hold. A member who declared a conflict of interest on the item takes no part in it: neither their own vote
    /// nor their proxy counts, though they may still cast the votes of those they represent.
    /// </summary>
    public static IReadOnlyList<Voter> Of(IReadOnlyDictionary<int, Presence> attendance, IEnumerable<Proxy> proxies, IReadOnlySet<int> conflicted)
    {
        var byHolder = proxies
            .Where(p => attendance.GetValueOrDefault(p.GiverId) == Presence.Represented && attendance.GetValueOrDefault(p.HolderId).Attends())
            .Where(p => !conflicted.Contains(p.GiverId))
            .GroupBy(p => p.HolderId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)[.. g.Select(p => p.GiverId).Order()]);
        return
        [
            .. attendance.Where(a => a.Value.Attends())
                .Select(a => new Voter(a.Key, !conflicted.Contains(a.Key), byHolder.GetValueOrDefault(a.Key, [])))
                .Where(v => v.Votes > 0)
                .OrderBy(v => v.PersonId),
        ];
    }

    /// <summary>The members present or represented entitled to vote: the base of the majority of members present or represented.</summary>
    public static int Entitled(IReadOnlyList<Voter> voters) => voters.Sum(v => v.Votes);
}
