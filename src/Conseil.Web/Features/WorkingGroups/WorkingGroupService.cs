using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>
/// The secretariat's writes to a working group: its description, its members and their roles, its closing, its calls
/// for candidates. Writes to a group's members hold that group's lock, so that two additions cannot both take the
/// one place of a co-lead.
/// </summary>
public sealed class WorkingGroupService(AppDb db, WorkingGroupMails mails, TimeProvider clock)
{
    private DateOnly Today => FrenchDates.Today(clock);

    public static string LockOf(int groupId) => $"group-members:{groupId}";

    public async Task<WriteResult<WorkingGroup>> SaveAsync(int? id, GroupInput input, CancellationToken ct)
    {
        var group = id is { } existing ? await db.WorkingGroups.SingleOrDefaultAsync(g => g.Id == existing, ct) : new WorkingGroup { Name = "" };
        if (group is null) return WriteResult<WorkingGroup>.NotFound();
        var errors = new List<RuleViolation>();
        if (input.DossierId is null && input.AxisId is null)
            errors.Add(new(nameof(input.DossierId), "Rattachez le groupe à un dossier ou à un axe du programme de travail."));
        if (input.DossierId is { } dossierId && !await db.Dossiers.AnyAsync(d => d.Id == dossierId, ct))
            errors.Add(new(nameof(input.DossierId), "Ce dossier n'existe pas."));
        if (input.AxisId is { } axisId && !await db.Axes.AnyAsync(a => a.Id == axisId, ct))
            errors.Add(new(nameof(input.AxisId), "Cet axe n'existe pas."));
        if (input.EndDate < input.StartDate)
            errors.Add(new(nameof(input.EndDate), "La date de fin prévue doit suivre la date de début."));
        if (errors.Count > 0) return WriteResult<WorkingGroup>.Invalid(errors);

        group.Name = input.Name!.Trim();
        group.Mission = input.Mission!.Trim();
        group.DossierId = input.DossierId;
        group.AxisId = input.AxisId;
        group.StartDate = input.StartDate!.Value;
        group.EndDate = input.EndDate!.Value;
        if (id is null) db.WorkingGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return WriteResult<WorkingGroup>.Saved(group);
    }

    public async Task<WriteResult<GroupMember>> AddMemberAsync(int groupId, GroupMemberInput input, CancellationToken ct)
    {
        await using var transaction = await db.BeginLockedAsync([LockOf(groupId)], ct);
        var group = await db.WorkingGroups.Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return WriteResult<GroupMember>.NotFound();
        if (group.ClosedOn is not null) return WriteResult<GroupMember>.Conflict("", "Le groupe de travail est clos : sa composition ne change plus.");
        var personId = input.PersonId!.Value;
        var role = input.Role!.Value;
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
            return WriteResult<GroupMember>.Invalid(nameof(input.PersonId), "Cette personne n'existe pas.");
        if (group.HasMember(personId))
            return WriteResult<GroupMember>.Invalid(nameof(input.PersonId), "Cette personne fait déjà partie du groupe. Pour changer son rôle, retirez-la puis ajoutez-la de nouveau.");
        var refusal = GroupEligibility.Refuse(role,
            await GroupEligibility.HasCurrentMandateAsync(db, personId, Today, ct),
            await GroupEligibility.IsInExpertPanelAsync(db, personId, Today, ct));
        if (refusal is not null) return WriteResult<GroupMember>.Invalid(nameof(input.PersonId), refusal);
        if (GroupEligibility.IsSingle(role) && group.Members.Any(m => m.Role == role))
            return WriteResult<GroupMember>.Conflict(nameof(input.Role),
                $"Le groupe a déjà son {WorkingGroupLabels.Of(role).ToLowerInvariant()} : retirez-le d'abord pour le remplacer.");

        var member = new GroupMember { WorkingGroupId = groupId, PersonId = personId, Role = role, StartDate = input.StartDate!.Value };
        db.GroupMembers.Add(member);
        await mails.JoinedAsync(personId, group, role, ct);
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return WriteResult<GroupMember>.Saved(member);
    }

    public async Task<WriteResult<GroupMember>> RemoveMemberAsync(int groupId, int memberId, CancellationToken ct)
    {
        var group = await db.WorkingGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return WriteResult<GroupMember>.NotFound();
        var member = await db.GroupMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.WorkingGroupId == groupId, ct);
        // Already removed (a second click, another tab): said, not a missing page.
        if (member is null) return WriteResult<GroupMember>.Conflict("", "Cette personne ne fait plus partie du groupe.");
        if (group.ClosedOn is not null)
            return WriteResult<GroupMember>.Conflict("", "Le groupe de travail est clos : sa composition ne change plus.");
        db.GroupMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return WriteResult<GroupMember>.Saved(member);
    }

    /// <summary>A group closes when its deliverable is adopted: for a dossier's group, once the dossier is adopted.</summary>
    public async Task<WriteResult<WorkingGroup>> CloseAsync(int groupId, CloseInput input, CancellationToken ct)
    {
        var group = await db.WorkingGroups.Include(g => g.Dossier).SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return WriteResult<WorkingGroup>.NotFound();
        if (group.ClosedOn is not null) return WriteResult<WorkingGroup>.Conflict("", "Le groupe de travail est déjà clos.");
        if (group.Dossier is { } dossier && !DossierStates.IsAdopted(dossier.State))
            return WriteResult<WorkingGroup>.Conflict(nameof(input.ClosedOn),
                $"Le dossier est « {DossierStates.Of(dossier.State).ToLowerInvariant()} » : le groupe se clôt une fois son livrable adopté.");
        if (input.ClosedOn < group.StartDate)
            return WriteResult<WorkingGroup>.Invalid(nameof(input.ClosedOn), "La date de clôture ne peut précéder la date de début du groupe.");
        if (input.ClosedOn > Today)
            return WriteResult<WorkingGroup>.Invalid(nameof(input.ClosedOn), "La date de clôture ne peut être dans le futur.");
        group.ClosedOn = input.ClosedOn;
        await db.SaveChangesAsync(ct);
        return WriteResult<WorkingGroup>.Saved(group);
    }

    public async Task<WriteResult<CallForCandidates>> OpenCallAsync(int groupId, CallInput input, CancellationToken ct)
    {
        var group = await db.WorkingGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return WriteResult<CallForCandidates>.NotFound();
        var errors = CallRules.CheckCall(input.OpensOn, input.ClosesOn, Today, group.ClosedOn).Select(e => new RuleViolation(e.Field, e.Message)).ToList();
        if (errors.Count > 0) return WriteResult<CallForCandidates>.Invalid(errors);
        var call = new CallForCandidates
        {
            WorkingGroupId = groupId, Description = input.Description!.Trim(), OpensOn = input.OpensOn!.Value, ClosesOn = input.ClosesOn!.Value,
        };
        db.CallsForCandidates.Add(call);
        await db.SaveChangesAsync(ct);
        return WriteResult<CallForCandidates>.Saved(call);
    }
}
