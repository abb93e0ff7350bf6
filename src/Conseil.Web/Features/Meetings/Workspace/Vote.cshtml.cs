using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Pack;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>
/// The vote on an agenda item. The secretariat opens it once the meeting is held (its method, its majority, the members
/// who declared a conflict of interest), records a roll call or the counts of a show of hands, and closes it; a member
/// called to vote casts, in one step, their own vote and that of the member whose proxy they hold.
/// </summary>
public class VoteModel(MeetingRights rights, MeetingQueries meetings, VoteQueries votes, VoteService service, PackQueries pack) : MeetingPage(rights)
{
    [FromRoute] public int ItemId { get; set; }

    [BindProperty] public OpenVoteInput Opening { get; set; } = new();
    [BindProperty] public BallotInput Ballot { get; set; } = new();
    [BindProperty] public CloseVoteInput Closing { get; set; } = new();

    public AgendaItem Item { get; private set; } = null!;
    public VoteSheet? Sheet { get; private set; }
    public int? PersonId { get; private set; }

    /// <summary>The members who attend or are represented, who may declare a conflict of interest before the vote opens.</summary>
    public IReadOnlyList<Convened> Attending { get; private set; } = [];

    /// <summary>The item's meeting pack: the texts that may be put to the vote.</summary>
    public IReadOnlyList<PackLine> Texts { get; private set; } = [];

    public IEnumerable<SelectListItem> TextChoices => Texts.Select(t => new SelectListItem($"{t.Title}, version {t.Number}", t.VersionId.ToString()));

    /// <summary>The text the vote is bound to, once opened on one.</summary>
    public PackLine? Text => Sheet?.Vote.TextVersionId is { } id ? Texts.FirstOrDefault(t => t.VersionId == id) : null;

    public IReadOnlyList<BallotLine> MyBallots => Sheet?.CastBy(PersonId) ?? [];

    public static IReadOnlyList<Choice> Choices { get; } = Enum.GetValues<Choice>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    public Task<IActionResult> OnPostOpenAsync(CancellationToken ct) => WriteAsync(nameof(Opening),
        space => service.OpenAsync(space, ItemId, Opening, ct), "Le vote est ouvert.", _ => Here, ct);

    public Task<IActionResult> OnPostCastAsync(CancellationToken ct) => MemberWriteAsync(nameof(Ballot),
        async space => await service.CastAsync(space, ItemId, await HttpContext.RequestServices.PersonIdOfAsync(User, ct), Ballot, ct),
        "Votre bulletin est reçu.", _ => Here, ct);

    public Task<IActionResult> OnPostRollCallAsync(CancellationToken ct) => WriteAsync(nameof(Ballot),
        space => service.RollCallAsync(space, ItemId, Ballot, ct), "Les votes entendus sont enregistrés.", _ => Here, ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) => WriteAsync(nameof(Closing),
        space => service.CloseAsync(space, ItemId, Closing, ct), "Le vote est clos et son résultat enregistré.", _ => Here, ct);

    private string Here => MeetingPaths.Vote(Id, ItemId);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var item = (await meetings.AgendaAsync(Id, ct)).SingleOrDefault(i => i.Id == ItemId && i.Kind == AgendaItemKind.Vote);
        if (item is null) { ObjectMissing = true; return; }
        Item = item;
        PersonId = await HttpContext.RequestServices.PersonIdOfAsync(User, ct);
        Sheet = await votes.SheetAsync(ItemId, PersonId, Space.IsSecretariat, ct);
        Texts = [.. (await pack.OfMeetingAsync(Id, ct)).Where(p => p.ItemId == ItemId)];
        if (Sheet is null && Space.IsSecretariat)
        {
            Opening.Majority ??= Space.Convocation.Rules.Majority;
            var counted = (await meetings.AttendanceAsync(Id, ct)).Where(a => a.Presence.Counts()).Select(a => a.PersonId).ToHashSet();
            Attending = [.. Space.Convocation.People.Where(p => counted.Contains(p.PersonId))];
        }
    }
}
