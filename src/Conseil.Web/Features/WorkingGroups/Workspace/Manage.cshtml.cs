using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Composition.Workspace;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.WorkingGroups.Workspace;

/// <summary>
/// The secretariat steers a group: co-leads, rapporteur, invited experts and members; calls for candidates; closing
/// once its deliverable is adopted. Anyone else gets 404, as for the space's other steering pages.
/// </summary>
public class ManageModel(WorkingGroupQueries queries, WorkingGroupService groups, IAuthorizationService authorization) : MultiFormPage
{
    public WorkingGroup Group { get; private set; } = null!;
    public IReadOnlyList<WorkingGroupQueries.CallRow> Calls { get; private set; } = [];
    public List<SelectListItem> People { get; private set; } = [];
    public int? ExpertPanelId { get; private set; }
    public GroupMemberInput Member { get; set; } = null!;
    public CallInput Call { get; set; } = null!;
    public CloseInput Close { get; set; } = null!;
    public DateOnly Today => queries.Today;

    public static List<SelectListItem> Roles => CompositionChoices.Enum<GroupRole>(WorkingGroupLabels.Of);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await RedisplayAsync(cancellationToken);

    public async Task<IActionResult> OnPostMemberAsync(CancellationToken cancellationToken)
    {
        if (!await IsSecretariatAsync()) return NotFound();
        (Member, var valid) = await BindFormAsync<GroupMemberInput>(nameof(Member));
        return valid
            ? await DoneAsync(groups.AddMemberAsync(Id, Member, cancellationToken), nameof(Member), "La personne a rejoint le groupe ; elle en est prévenue par courriel.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int memberId, CancellationToken cancellationToken) =>
        await IsSecretariatAsync()
            ? await DoneAsync(groups.RemoveMemberAsync(Id, memberId, cancellationToken), nameof(Member), "La personne a été retirée du groupe.", cancellationToken)
            : NotFound();

    public async Task<IActionResult> OnPostCallAsync(CancellationToken cancellationToken)
    {
        if (!await IsSecretariatAsync()) return NotFound();
        (Call, var valid) = await BindFormAsync<CallInput>(nameof(Call));
        if (!valid) return await RedisplayAsync(cancellationToken);
        var result = await groups.OpenCallAsync(Id, Call, cancellationToken);
        if (result.Value is { } call)
        {
            TempData["Success"] = "L'appel à candidatures est enregistré : les membres du Haut Conseil le voient sur l'accueil de leur espace pendant qu'il est ouvert.";
            return Redirect(WorkingGroupPaths.Call(Id, call.Id));
        }
        return await DoneAsync(Task.FromResult(result), nameof(Call), "", cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        if (!await IsSecretariatAsync()) return NotFound();
        (Close, var valid) = await BindFormAsync<CloseInput>(nameof(Close));
        return valid
            ? await DoneAsync(groups.CloseAsync(Id, Close, cancellationToken), nameof(Close), "Le groupe de travail est clos. Son espace reste lisible par ses membres.", cancellationToken)
            : await RedisplayAsync(cancellationToken);
    }

    private async Task<bool> IsSecretariatAsync() => (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await IsSecretariatAsync() || await queries.GroupAsync(Id, cancellationToken) is not { } group) return false;
        Group = group;
        Calls = await queries.CallsAsync(Id, cancellationToken);
        People = await queries.PeopleChoicesAsync(cancellationToken);
        ExpertPanelId = await queries.ExpertPanelIdAsync(cancellationToken);
        Member ??= new GroupMemberInput { StartDate = Today };
        Call ??= new CallInput { OpensOn = Today, ClosesOn = Today.AddDays(21) };
        Close ??= new CloseInput { ClosedOn = Today };
        return true;
    }
}
