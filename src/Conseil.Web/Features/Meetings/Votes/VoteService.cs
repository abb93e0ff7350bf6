using System.Linq.Expressions;
using Conseil.Web.Data;
using Conseil.Web.Features.Meetings.Pack;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Votes;

/// <summary>
/// Votes on agenda items: opened by the secretariat once the meeting is held, cast by the members (or recorded by the
/// secretariat), closed with the tally and the outcome. Every write on a vote queues on the vote's lock, so a ballot
/// is counted once and none is counted after the close.
/// </summary>
public sealed class VoteService(AppDb db, IEnumerable<IVotedText> votedTexts, TimeProvider clock)
{
    private static string Lock(int itemId) => $"vote:{itemId}";

    /// <summary>
    /// Opens the vote: who may vote is frozen from the attendance sheet (each member who attends, for themself and for
    /// the member whose proxy they hold), less the members who declared a conflict of interest on the item.
    /// </summary>
    public async Task<WriteResult<Vote>> OpenAsync(MeetingSpace space, int itemId, OpenVoteInput input, CancellationToken ct)
    {
        var item = await db.AgendaItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == space.Id, ct);
        if (item is null) return WriteResult<Vote>.NotFound();
        if (item.Kind != AgendaItemKind.Vote)
            return WriteResult<Vote>.Conflict("", "Ce point n'est pas soumis au vote : seul un point de nature « Vote » se vote.");
        if (space.Meeting.Status != MeetingStatus.Held)
            return WriteResult<Vote>.Conflict("", "Constatez d'abord le quorum : on ne vote qu'au cours d'une séance tenue.");
        if (input.Method is not { } method || !Enum.IsDefined(method))
            return WriteResult<Vote>.Invalid(nameof(input.Method), "Choisissez le mode de scrutin dans la liste.");
        if (input.Majority is not { } majority || !Enum.IsDefined(majority))
            return WriteResult<Vote>.Invalid(nameof(input.Majority), "Choisissez la majorité requise dans la liste.");
        var members = space.Convocation.People.Select(p => p.PersonId).ToHashSet();
        if (input.Conflicted.Any(p => !members.Contains(p)))
            return WriteResult<Vote>.Invalid(nameof(input.Conflicted), "Seul un membre convoqué à la séance déclare un conflit d'intérêts : rechargez la page.");

        var pack = await db.Set<PackDocument>().AsNoTracking().Where(p => p.AgendaItemId == item.Id)
            .Select(p => new { p.DocumentVersionId, p.DocumentVersion.Sha256 }).ToListAsync(ct);
        var text = pack.FirstOrDefault(p => p.DocumentVersionId == input.TextVersionId);
        // An item bound to a deliverable's version votes on that version; its pack, if any, is for reading.
        if (pack.Count > 0 && text is null && item.DeliverableVersionId is null)
            return WriteResult<Vote>.Invalid(nameof(input.TextVersionId), "Choisissez, parmi les documents du dossier de séance, le texte soumis au vote.");
        if (pack.Count == 0 && input.TextVersionId is not null)
            return WriteResult<Vote>.Invalid(nameof(input.TextVersionId), "Ce point n'a pas de document au dossier de séance : aucun texte ne lui est lié.");

        var sheet = await db.Attendances.AsNoTracking().Where(a => a.MeetingId == space.Id)
            .Select(a => new { a.PersonId, a.Presence, a.ProxyHolderId }).ToListAsync(ct);
        var conflicted = input.Conflicted.ToHashSet();
        var voters = Electorate.Of(sheet.ToDictionary(a => a.PersonId, a => a.Presence),
            sheet.Where(a => a.ProxyHolderId is not null).Select(a => new Proxy(a.PersonId, a.ProxyHolderId!.Value)), conflicted);
        if (voters.Count == 0)
            return WriteResult<Vote>.Conflict("", "Aucun membre présent ou représenté ne peut prendre part à ce vote : vérifiez la feuille d'émargement.");

        var now = clock.GetUtcNow().UtcDateTime;
        var bound = await BoundHashAsync(item, ct);
        var vote = new Vote
        {
            AgendaItemId = item.Id, Method = method, Majority = majority, Status = VoteStatus.Open, OpenedAt = now,
            Entitled = Electorate.Entitled(voters), TextVersionId = text?.DocumentVersionId, TextSha256 = bound ?? text?.Sha256 ?? "",
            Ballots =
            [
                .. voters.SelectMany(v => v.Represented.Select(r => new Ballot { PersonId = r, HolderId = v.PersonId })
                    .Prepend(v.VotesOwn ? new Ballot { PersonId = v.PersonId, HolderId = v.PersonId } : null)
                    .OfType<Ballot>()),
            ],
        };
        await using var transaction = await db.BeginLockedAsync([Lock(item.Id)], ct);
        if (await db.Votes.AnyAsync(v => v.AgendaItemId == item.Id, ct))
            return WriteResult<Vote>.Conflict("", "Le vote sur ce point est déjà ouvert.");
        db.Votes.Add(vote);
        db.ConflictsOfInterest.AddRange(conflicted.Select(p => new ConflictOfInterest { AgendaItemId = item.Id, PersonId = p, DeclaredAt = now }));
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<Vote>.Saved(vote);
    }

    /// <summary>
    /// A member's ballots cast from their device in one step: their own vote and that of the member whose proxy they
    /// hold. Refused when the vote is closed, when they are not called to vote, and when a ballot was already cast.
    /// </summary>
    public Task<WriteResult<int>> CastAsync(MeetingSpace space, int itemId, int? personId, BallotInput input, CancellationToken ct) =>
        RecordAsync(space, itemId, input, b => b.HolderId == personId, VoteMethod.Electronic, whole: true, ct);

    /// <summary>The roll call: the secretariat records, by name, the votes it hears; a vote not heard yet stays open.</summary>
    public Task<WriteResult<int>> RollCallAsync(MeetingSpace space, int itemId, BallotInput input, CancellationToken ct) =>
        RecordAsync(space, itemId, input, _ => true, VoteMethod.RollCall, whole: false, ct);

    private async Task<WriteResult<int>> RecordAsync(MeetingSpace space, int itemId, BallotInput input,
        Expression<Func<Ballot, bool>> mayCast, VoteMethod method, bool whole, CancellationToken ct)
    {
        await using var transaction = await db.BeginLockedAsync([Lock(itemId)], ct);
        var vote = await VoteAsync(space, itemId, ct);
        if (vote is null) return await NotOpenAsync<int>(space, itemId, ct);
        if (vote.Status == VoteStatus.Closed) return WriteResult<int>.Conflict("", "Le vote est clos : aucun bulletin n'est plus reçu.");
        if (vote.Method != method)
            return WriteResult<int>.Conflict("", method == VoteMethod.Electronic
                ? "Ce vote ne se fait pas en ligne : il a lieu " + VoteLabels.Of(vote.Method).ToLowerInvariant() + "."
                : "Ce vote n'a pas lieu par appel nominal.");
        var mine = await db.Ballots.Include(b => b.Person).Where(b => b.VoteId == vote.Id).Where(mayCast).ToDictionaryAsync(b => b.PersonId, ct);
        if (mine.Count == 0) return WriteResult<int>.Conflict("", "Vous n'êtes pas appelé à voter sur ce point.");
        if (whole && mine.Values.All(b => b.Choice is not null))
            return WriteResult<int>.Conflict("", "Votre vote est déjà enregistré : un vote ne se modifie pas.");

        var errors = new List<RuleViolation>();
        var now = clock.GetUtcNow().UtcDateTime;
        var cast = 0;
        foreach (var (choice, index) in input.Choices.Select((c, i) => (c, i)))
        {
            var field = $"Choices[{index}].Choice";
            if (!mine.TryGetValue(choice.PersonId, out var ballot)) { errors.Add(new(field, "Ce bulletin ne vous revient pas : rechargez la page.")); continue; }
            if (choice.Choice is not { } chosen) continue;
            if (!Enum.IsDefined(chosen)) { errors.Add(new(field, "Choisissez pour, contre ou abstention.")); continue; }
            if (ballot.Choice is not null) { errors.Add(new(field, $"Le vote de {Name(ballot)} est déjà enregistré : un vote ne se modifie pas.")); continue; }
            (ballot.Choice, ballot.CastAt) = (chosen, now);
            cast++;
        }
        if (input.Choices.GroupBy(c => c.PersonId).Any(g => g.Count() > 1))
            errors.Add(new("Choices", "Le bulletin contient deux fois le même vote : rechargez la page."));
        if (whole)
        {
            foreach (var pending in mine.Values.Where(b => b.Choice is null))
                errors.Add(new("Choices", pending.IsProxy
                    ? $"Indiquez aussi le vote de {Name(pending)}, dont vous détenez la procuration."
                    : "Indiquez votre vote : pour, contre ou abstention."));
        }
        else if (cast == 0 && errors.Count == 0) errors.Add(new("Choices", "Indiquez au moins un vote entendu."));
        if (errors.Count > 0) return WriteResult<int>.Invalid(errors);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same ballot sent twice at once: the first one stands.
            return WriteResult<int>.Conflict("", "Votre vote est déjà enregistré : un vote ne se modifie pas.");
        }
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<int>.Saved(cast);
    }

    /// <summary>
    /// Closes the vote: no ballot is received after this. The tally (the counts of a show of hands, or the ballots
    /// cast) is decided under the item's majority; on an equal division the president's casting vote decides.
    /// </summary>
    public async Task<WriteResult<Vote>> CloseAsync(MeetingSpace space, int itemId, CloseVoteInput input, CancellationToken ct)
    {
        await using var transaction = await db.BeginLockedAsync([Lock(itemId)], ct);
        var vote = await VoteAsync(space, itemId, ct);
        if (vote is null) return await NotOpenAsync<Vote>(space, itemId, ct);
        if (vote.Status == VoteStatus.Closed) return WriteResult<Vote>.Conflict("", "Le vote est déjà clos.");
        if (input.CastingVote is { } casting && !Enum.IsDefined(casting))
            return WriteResult<Vote>.Invalid(nameof(input.CastingVote), "Choisissez la voix du président dans la liste.");
        Tally tally;
        if (vote.Method == VoteMethod.ShowOfHands)
        {
            if (input.For is not { } f || input.Against is not { } a || input.Abstain is not { } ab || f < 0 || a < 0 || ab < 0)
                return WriteResult<Vote>.Invalid(nameof(input.For), "Indiquez le nombre de voix pour, contre et d'abstentions.");
            if (f + a + ab > vote.Entitled)
                return WriteResult<Vote>.Invalid(nameof(input.For),
                    $"Il y a plus de voix ({f + a + ab}) que de votants habilités ({vote.Entitled}) : vérifiez le décompte.");
            tally = new Tally(f, a, ab, vote.Entitled);
        }
        else
        {
            var choices = await db.Ballots.Where(b => b.VoteId == vote.Id && b.Choice != null).Select(b => b.Choice!.Value).ToListAsync(ct);
            tally = new Tally(choices.Count(c => c == Choice.For), choices.Count(c => c == Choice.Against), choices.Count(c => c == Choice.Abstain), vote.Entitled);
        }
        var decision = Majority.Decide(tally, vote.Majority, input.CastingVote);
        (vote.Status, vote.ClosedAt, vote.For, vote.Against, vote.Abstain) = (VoteStatus.Closed, clock.GetUtcNow().UtcDateTime, tally.For, tally.Against, tally.Abstain);
        (vote.Outcome, vote.Required, vote.ByCastingVote) = (decision.Outcome, decision.Required, decision.ByCastingVote);
        vote.CastingVote = tally.IsTie ? input.CastingVote : null;
        if (decision.Outcome == Outcome.Adopted)
        {
            var item = await db.AgendaItems.AsNoTracking().SingleAsync(i => i.Id == itemId, ct);
            foreach (var voted in votedTexts)
                if (await voted.AdoptAsync(item, vote, ct) is { } refusal) return WriteResult<Vote>.Conflict("", refusal);
        }
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<Vote>.Saved(vote);
    }

    /// <summary>The hash of the text the item is bound to beyond its pack (a deliverable's version), or null.</summary>
    private async Task<string?> BoundHashAsync(AgendaItem item, CancellationToken ct)
    {
        foreach (var voted in votedTexts)
            if (await voted.HashAsync(item, ct) is { } hash) return hash;
        return null;
    }

    /// <summary>No vote on the item: not opened yet, or no such item put to the vote in this meeting (404).</summary>
    private async Task<WriteResult<T>> NotOpenAsync<T>(MeetingSpace space, int itemId, CancellationToken ct) =>
        await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.MeetingId == space.Id && i.Kind == AgendaItemKind.Vote, ct)
            ? WriteResult<T>.Conflict("", "Le vote sur ce point n'est pas encore ouvert.")
            : WriteResult<T>.NotFound();

    private Task<Vote?> VoteAsync(MeetingSpace space, int itemId, CancellationToken ct) =>
        db.Votes.SingleOrDefaultAsync(v => v.AgendaItemId == itemId && v.AgendaItem.MeetingId == space.Id, ct);

    private static string Name(Ballot ballot) => $"{ballot.Person.GivenName} {ballot.Person.FamilyName}";
}
