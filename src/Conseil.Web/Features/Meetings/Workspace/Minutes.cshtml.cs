using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Minutes;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>
/// The procès-verbal of a meeting: the secretariat drafts it once the meeting is held (the opening, a summary of the
/// debate on each item; attendance and votes come from the meeting), circulates it to the members it convened, then
/// records its approval by the vote of a later meeting. A draft is the secretariat's alone: anyone else gets 404.
/// While it circulates, each person convened makes remarks, read by them and the secretariat only.
/// </summary>
public class MinutesModel(MeetingRights rights, MinutesQueries queries, MinutesService service) : MeetingPage(rights)
{
    [BindProperty] public MinutesInput Draft { get; set; } = new();
    [BindProperty] public ApprovalInput Approval { get; set; } = new();
    [BindProperty] public RemarkInput Remark { get; set; } = new();
    [BindProperty] public RemarkTarget Withdrawn { get; set; } = new();

    public MinutesView View { get; private set; } = null!;
    public List<SelectListItem> ApprovingVotes { get; private set; } = [];

    /// <summary>The remarks the reader may read: all for the secretariat, their own for a person convened.</summary>
    public IReadOnlyList<RemarkLine> Remarks { get; private set; } = [];
    public int? PersonId { get; private set; }

    /// <summary>Whether the reader, convened to the meeting, may make remarks: the procès-verbal circulates.</summary>
    public bool MayRemark => PersonId is { } me && Space.Convocation.Convenes(me) && View.Minutes?.Status == MinutesStatus.Circulated;

    public IEnumerable<SelectListItem> RemarkItems => View.Agenda.Select(i => new SelectListItem($"Point {i.Number} : {i.Title}", i.Id.ToString()));

    public bool MayEdit => Space.IsSecretariat && Space.Meeting.Status == MeetingStatus.Held && View.Minutes?.Status != MinutesStatus.Approved;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EnterAsync(ct) is { } refused) return refused;
        Draft = new MinutesInput
        {
            Opening = View.Minutes?.Opening,
            Entries = [.. View.Agenda.Select(i => new MinutesEntryInput { ItemId = i.Id, Debate = View.DebateOf(i.Id) })],
        };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => WriteAsync(nameof(Draft),
        space => service.SaveAsync(space, Draft, ct), "Le projet de procès-verbal est enregistré.", _ => MeetingPaths.Minutes(Id), ct);

    public Task<IActionResult> OnPostCirculateAsync(CancellationToken ct) => WriteAsync("Circulation",
        space => service.CirculateAsync(space, ct), "Le procès-verbal est diffusé aux membres convoqués, pour leurs observations.", _ => MeetingPaths.Minutes(Id), ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => WriteAsync(nameof(Approval),
        space => service.ApproveAsync(space, Approval, ct), "L'approbation du procès-verbal est enregistrée.", _ => MeetingPaths.Minutes(Id), ct);

    public Task<IActionResult> OnPostRemarkAsync(CancellationToken ct) => MemberWriteAsync(nameof(Remark),
        async space => await service.RemarkAsync(space, await HttpContext.RequestServices.PersonIdOfAsync(User, ct), Remark, ct),
        "Votre observation est transmise au secrétariat.", _ => MeetingPaths.Minutes(Id) + "#observations", ct);

    public Task<IActionResult> OnPostWithdrawRemarkAsync(CancellationToken ct) => MemberWriteAsync(nameof(Withdrawn),
        async space => await service.WithdrawRemarkAsync(space, await HttpContext.RequestServices.PersonIdOfAsync(User, ct), Withdrawn, ct),
        "Votre observation est retirée.", _ => MeetingPaths.Minutes(Id) + "#observations", ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        View = await queries.ViewAsync(Space.Meeting, Space.BodyName, Space.Convocation, ct);
        if (!Space.IsSecretariat && View.Minutes is null or { Status: MinutesStatus.Draft }) { ObjectMissing = true; return; }
        PersonId = await HttpContext.RequestServices.PersonIdOfAsync(User, ct);
        if (View.Minutes is { Status: not MinutesStatus.Draft } minutes)
            Remarks = await queries.RemarksAsync(minutes.Id, Space.IsSecretariat, PersonId, ct);
        if (Space.IsSecretariat && View.Minutes?.Status == MinutesStatus.Circulated)
        {
            var votes = await service.ApprovingVotes(Space)
                .Select(v => new { v.AgendaItemId, v.AgendaItem.Title, v.AgendaItem.Meeting.StartsAt }).ToListAsync(ct);
            ApprovingVotes = [.. votes.OrderBy(v => v.StartsAt).Select(v => new SelectListItem(
                $"{FrenchDates.Day(DateOnly.FromDateTime(FrenchDates.ToParis(v.StartsAt)))} : {v.Title}", v.AgendaItemId.ToString()))];
        }
    }
}
