using Conseil.Web.Data;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups;

/// <summary>
/// The discussion threads of a group's space: a person of the space starts a thread or answers one, and the group's
/// other members hear of it (<see cref="DossierNews"/>). The caller has checked that the user may enter the space.
/// </summary>
public sealed class GroupThreads(AppDb db, DossierNews news, TimeProvider clock)
{
    public const string NoPerson = "Votre compte n'est rattaché à aucune personne : il peut lire les fils, pas y écrire.";
    public const string Closed = "Le groupe de travail est clos : ses fils restent lisibles, on n'y écrit plus.";

    public async Task<WriteResult<GroupThread>> StartAsync(int groupId, int? personId, ThreadInput input, CancellationToken ct)
    {
        var group = await db.WorkingGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null) return WriteResult<GroupThread>.NotFound();
        if (Refuse(group, personId) is { } refusal) return WriteResult<GroupThread>.Conflict("", refusal);
        var now = clock.GetUtcNow().UtcDateTime;
        var thread = new GroupThread
        {
            WorkingGroupId = groupId, Subject = input.Subject!.Trim(), CreatedAt = now,
            Posts = [new GroupPost { PersonId = personId!.Value, Text = input.Text!.Trim(), At = now }],
        };
        db.GroupThreads.Add(thread);
        await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await news.AnnounceToGroupAsync(groupId, $"{group.Name} : nouveau fil de discussion « {thread.Subject} »",
            WorkingGroupPaths.Thread(groupId, thread.Id), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return WriteResult<GroupThread>.Saved(thread);
    }

    public async Task<WriteResult<GroupPost>> PostAsync(int groupId, int threadId, int? personId, PostInput input, CancellationToken ct)
    {
        var thread = await db.GroupThreads.AsNoTracking().SingleOrDefaultAsync(t => t.Id == threadId && t.WorkingGroupId == groupId, ct);
        var group = await db.WorkingGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, ct);
        if (thread is null || group is null) return WriteResult<GroupPost>.NotFound();
        if (Refuse(group, personId) is { } refusal) return WriteResult<GroupPost>.Conflict("", refusal);
        var post = new GroupPost { GroupThreadId = threadId, PersonId = personId!.Value, Text = input.Text!.Trim(), At = clock.GetUtcNow().UtcDateTime };
        db.GroupPosts.Add(post);
        await news.AnnounceToGroupAsync(groupId, $"{group.Name} : nouveau message dans le fil « {thread.Subject} »",
            WorkingGroupPaths.Thread(groupId, threadId), ct);
        await db.SaveChangesAsync(ct);
        return WriteResult<GroupPost>.Saved(post);
    }

    private static string? Refuse(WorkingGroup group, int? personId) =>
        personId is null ? NoPerson : group.ClosedOn is not null ? Closed : null;
}
