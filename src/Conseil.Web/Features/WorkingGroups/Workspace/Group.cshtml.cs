using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition.Workspace;
using Microsoft.AspNetCore.Authorization;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Mvc;

namespace Conseil.Web.Features.WorkingGroups.Workspace;

/// <summary>
/// A group's space: its mission, members and roles, its dossier's documents, hearings and contributions, its calls
/// for candidates and its discussion threads. Its members, the secretariat and the president enter; anyone else gets 404.
/// </summary>
public class GroupModel(AppDb db, WorkingGroupQueries queries, GroupThreads threads, SpaceAccess spaces, IAuthorizationService authorization)
    : MultiFormPage
{
    public WorkingGroup Group { get; private set; } = null!;
    public IReadOnlyList<WorkingGroupQueries.ThreadRow> Threads { get; private set; } = [];
    public IReadOnlyList<WorkingGroupQueries.CallRow> Calls { get; private set; } = [];
    public WorkingGroupQueries.DossierLinks? Dossier { get; private set; }
    public ThreadInput Thread { get; set; } = null!;
    public bool IsSecretariat { get; private set; }
    public DateOnly Today => queries.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await RedisplayAsync(cancellationToken);

    public async Task<IActionResult> OnPostThreadAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        (Thread, var valid) = await BindFormAsync<ThreadInput>(nameof(Thread));
        if (!valid) return Page();
        var result = await threads.StartAsync(Id, await db.PersonIdOfAsync(User, cancellationToken), Thread, cancellationToken);
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Value is { } thread)
        {
            TempData["Success"] = "Le fil de discussion a été ouvert ; les membres du groupe en sont prévenus.";
            return Redirect(WorkingGroupPaths.Thread(Id, thread.Id));
        }
        ModelState.AddErrors(result, nameof(Thread));
        return Page();
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await queries.GroupAsync(Id, cancellationToken) is not { } group || !await spaces.MayEnterAsync(User, group, cancellationToken)) return false;
        Group = group;
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        Threads = await queries.ThreadsAsync(Id, cancellationToken);
        Calls = await queries.CallsAsync(Id, cancellationToken);
        Dossier = group.DossierId is { } dossierId ? await queries.DossierLinksAsync(dossierId, cancellationToken) : null;
        Thread ??= new ThreadInput();
        return true;
    }
}
