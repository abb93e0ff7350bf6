using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Rules;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Votes;

/// <summary>A vote counted on an item, as its page shows it: whose vote, who casts it, and the choice once cast.</summary>
public sealed record BallotLine(int PersonId, string Name, int HolderId, string HolderName, Choice? Choice)
{
    public bool IsProxy => PersonId != HolderId;
}

/// <summary>
/// The vote on an item, the number of votes cast, and the ballots the reader sees: all of them for the secretariat and
/// for a roll call once closed, else those the reader casts (their own, and the proxy they hold).
/// </summary>
public sealed record VoteSheet(Vote Vote, int Cast, IReadOnlyList<BallotLine> Ballots, IReadOnlyList<string> Conflicted)
{
    /// <summary>The ballots this person casts: their own and those of the members they represent.</summary>
    public IReadOnlyList<BallotLine> CastBy(int? personId) => [.. Ballots.Where(b => b.HolderId == personId).OrderBy(b => b.IsProxy)];
}

public sealed class VoteQueries(AppDb db)
{
    /// <summary>The vote on each item of a meeting, by item: one statement.</summary>
    public async Task<IReadOnlyDictionary<int, Vote>> OfMeetingAsync(int meetingId, CancellationToken ct) =>
        await db.Votes.AsNoTracking().Where(v => v.AgendaItem.MeetingId == meetingId).ToDictionaryAsync(v => v.AgendaItemId, ct);

    /// <summary>The vote on an item as the reader sees it, in four statements whatever the number of voters.</summary>
    public async Task<VoteSheet?> SheetAsync(int itemId, int? personId, bool isSecretariat, CancellationToken ct)
    {
        var vote = await db.Votes.AsNoTracking().SingleOrDefaultAsync(v => v.AgendaItemId == itemId, ct);
        if (vote is null) return null;
        var all = isSecretariat || vote is { Status: VoteStatus.Closed, Method: VoteMethod.RollCall };
        var ballots = await db.Ballots.AsNoTracking().Where(b => b.VoteId == vote.Id && (all || b.HolderId == personId))
            .Select(b => new BallotLine(b.PersonId, b.Person.GivenName + " " + b.Person.FamilyName, b.HolderId,
                b.Holder.GivenName + " " + b.Holder.FamilyName, b.Choice))
            .ToListAsync(ct);
        var cast = await db.Ballots.CountAsync(b => b.VoteId == vote.Id && b.Choice != null, ct);
        var conflicted = await db.ConflictsOfInterest.AsNoTracking().Where(c => c.AgendaItemId == itemId)
            .Select(c => c.Person.GivenName + " " + c.Person.FamilyName).ToListAsync(ct);
        var collation = StringComparer.Create(Infrastructure.French.French.Culture, true);
        return new VoteSheet(vote, cast, [.. ballots.OrderBy(b => b.Name, collation)], [.. conflicted.Order(collation)]);
    }
}
