using Conseil.Web.Data;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>
/// Candidacies to a call (<see cref="CallRules"/>): a council member applies, or withdraws while the call is open; the
/// president's office selects, and the selected join the group in the same transaction, each candidate told by e-mail.
/// </summary>
public sealed class CallService(AppDb db, WorkingGroupMails mails, TimeProvider clock)
{
    private DateOnly Today => FrenchDates.Today(clock);

    private Task<CallForCandidates?> CallAsync(int groupId, int callId, CancellationToken ct) =>
        db.CallsForCandidates.Include(c => c.WorkingGroup).ThenInclude(g => g.Members)
            .SingleOrDefaultAsync(c => c.Id == callId && c.WorkingGroupId == groupId, ct);

    public async Task<WriteResult<Candidacy>> ApplyAsync(int groupId, int callId, int? personId, CandidacyInput input, CancellationToken ct)
    {
        var call = await CallAsync(groupId, callId, ct);
        if (call is null) return WriteResult<Candidacy>.NotFound();
        if (personId is not { } id)
            return WriteResult<Candidacy>.Invalid("", "Votre compte n'est rattaché à aucun membre du Haut Conseil : il ne peut pas se porter candidat.");
        var refusal = CallRules.RefuseApplication(call, Today,
            await GroupEligibility.HasCurrentMandateAsync(db, id, Today, ct),
            call.WorkingGroup.HasMember(id),
            await db.Candidacies.AnyAsync(c => c.CallForCandidatesId == callId && c.PersonId == id, ct));
        if (refusal is not null) return WriteResult<Candidacy>.Conflict("", refusal);

        var candidacy = new Candidacy
        {
            CallForCandidatesId = callId, PersonId = id, Motivation = input.Motivation!.Trim(), SubmittedAt = clock.GetUtcNow().UtcDateTime,
            Decision = CandidacyDecision.Pending,
        };
        db.Candidacies.Add(candidacy);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The same person applied twice at once: the first one stands.
            db.Entry(candidacy).State = EntityState.Detached;
            return WriteResult<Candidacy>.Conflict("", "Vous avez déjà déposé votre candidature à cet appel.");
        }
        return WriteResult<Candidacy>.Saved(candidacy);
    }

    public async Task<WriteResult<Candidacy>> WithdrawAsync(int groupId, int callId, int? personId, CancellationToken ct)
    {
        var call = await CallAsync(groupId, callId, ct);
        if (call is null) return WriteResult<Candidacy>.NotFound();
        var candidacy = personId is { } id
            ? await db.Candidacies.SingleOrDefaultAsync(c => c.CallForCandidatesId == callId && c.PersonId == id, ct)
            : null;
        if (CallRules.RefuseWithdrawal(call, Today, candidacy is not null) is { } refusal) return WriteResult<Candidacy>.Conflict("", refusal);
        db.Candidacies.Remove(candidacy!);
        await db.SaveChangesAsync(ct);
        return WriteResult<Candidacy>.Saved(candidacy!);
    }

    /// <summary>
    /// Makes the selection final: the chosen candidacies are selected and their people join the group as members,
    /// the others are not selected; every candidate gets an e-mail of the decision. One transaction.
    /// </summary>
    public async Task<WriteResult<CallForCandidates>> DecideAsync(int groupId, int callId, SelectionInput input, CancellationToken ct)
    {
        await using var transaction = await db.BeginLockedAsync([WorkingGroupService.LockOf(groupId)], ct);
        var call = await CallAsync(groupId, callId, ct);
        if (call is null) return WriteResult<CallForCandidates>.NotFound();
        if (CallRules.RefuseSelection(call, Today, call.WorkingGroup.ClosedOn is not null) is { } refusal)
            return WriteResult<CallForCandidates>.Conflict("", refusal);
        var candidacies = await db.Candidacies.Where(c => c.CallForCandidatesId == callId).ToListAsync(ct);
        var selected = input.Selected.ToHashSet();
        if (selected.Except(candidacies.Select(c => c.Id)).Any())
            return WriteResult<CallForCandidates>.Invalid(nameof(input.Selected), "Une candidature choisie n'appartient pas à cet appel : rechargez la page.");

        foreach (var candidacy in candidacies)
        {
            candidacy.Decision = CallRules.DecisionOf(candidacy.Id, selected);
            if (candidacy.Decision == CandidacyDecision.Selected && !call.WorkingGroup.HasMember(candidacy.PersonId))
                db.GroupMembers.Add(new GroupMember { WorkingGroupId = groupId, PersonId = candidacy.PersonId, Role = GroupRole.Member, StartDate = Today });
        }
        call.DecidedOn = Today;
        await mails.DecisionsAsync(call.WorkingGroup, candidacies.Select(c => (c.PersonId, c.Decision)), ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<CallForCandidates>.Saved(call);
    }
}
