using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Meetings.Pack;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Rules;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Programme;
using Conseil.Web.Infrastructure.French;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>
/// A meeting: when and where, its agenda, who is convened and, once attendance is recorded, the quorum. The secretariat
/// composes the agenda, concludes the meeting (held, or postponed for want of quorum) and convenes it a second time.
/// </summary>
public class MeetingModel(MeetingRights rights, MeetingQueries queries, MeetingService meetings, AgendaService agenda, VoteQueries votes,
    ConvocationMails convocations, ReplyService replies, PackQueries pack, PackService packs, ProgrammeChoices choices,
    TimeProvider clock)
    : MeetingPage(rights)
{
    [BindProperty] public AgendaItemInput Item { get; set; } = new();
    [BindProperty] public ItemInput Target { get; set; } = new();
    [BindProperty] public SecondConvocationInput Again { get; set; } = new();
    [BindProperty] public MeetingWhenInput Change { get; set; } = new();
    [BindProperty] public ReplyInput Reply { get; set; } = new();
    [BindProperty] public PackInput Joined { get; set; } = new();

    public List<AgendaItem> Agenda { get; private set; } = [];
    public IReadOnlyDictionary<int, Vote> Votes { get; private set; } = new Dictionary<int, Vote>();
    public List<SelectListItem> Dossiers { get; private set; } = [];
    public IReadOnlyDictionary<int, Presence> Attendance { get; private set; } = new Dictionary<int, Presence>();
    public QuorumCount Quorum { get; private set; } = null!;
    public int? SecondConvocationId { get; private set; }

    /// <summary>The meeting pack, by agenda item.</summary>
    public ILookup<int, PackLine> Pack { get; private set; } = Array.Empty<PackLine>().ToLookup(p => p.ItemId);

    /// <summary>For the secretariat: the documents each item's dossier offers to join to its pack.</summary>
    public ILookup<int, PackChoice> PackChoices { get; private set; } = Array.Empty<PackChoice>().ToLookup(p => p.ItemId);

    /// <summary>The signed-in user as the meeting convenes them, or null when it does not.</summary>
    public Convened? Me { get; private set; }
    public ConvocationReply? MyReply { get; private set; }

    /// <summary>Whether the people convened may still answer: the meeting is planned and has not started.</summary>
    public bool RepliesOpen => Space.Meeting.Status == MeetingStatus.Planned && Space.Meeting.StartsAt > clock.GetUtcNow().UtcDateTime;

    /// <summary>The answers received, for the secretariat.</summary>
    public IReadOnlyList<ConvocationReply> Replies { get; private set; } = [];

    /// <summary>The members to whom the signed-in member may give their proxy: the other full members convened.</summary>
    public IEnumerable<Convened> ProxyHolders => Space.Convocation.People.Where(p => !p.IsSubstitute && p.PersonId != Me?.PersonId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAddItemAsync(CancellationToken ct) => WriteAsync(nameof(Item),
        space => agenda.AddAsync(space, Item, ct), "Le point est ajouté à l'ordre du jour.", _ => MeetingPaths.Meeting(Id) + "#ordre-du-jour", ct);

    public Task<IActionResult> OnPostRemoveItemAsync(CancellationToken ct) => WriteAsync(nameof(Target),
        space => agenda.RemoveAsync(space, Target, ct), "Le point est retiré de l'ordre du jour.", _ => MeetingPaths.Meeting(Id) + "#ordre-du-jour", ct);

    public Task<IActionResult> OnPostMoveUpAsync(CancellationToken ct) => WriteAsync(nameof(Target),
        space => agenda.MoveUpAsync(space, Target, ct), "Le point est remonté dans l'ordre du jour.", _ => MeetingPaths.Meeting(Id) + "#ordre-du-jour", ct);

    public Task<IActionResult> OnPostConcludeAsync(CancellationToken ct) => WriteAsync("Conclusion",
        space => meetings.ConcludeAsync(space, ct), "La conclusion de la séance est enregistrée.", m => MeetingPaths.Meeting(m.Id), ct);

    public Task<IActionResult> OnPostConveneAgainAsync(CancellationToken ct) => WriteAsync(nameof(Again),
        space => meetings.ConveneAgainAsync(space, Again, ct),
        "La seconde convocation est programmée avec le même ordre du jour ; elle ne requiert pas de quorum.", m => MeetingPaths.Meeting(m.Id), ct);

    public Task<IActionResult> OnPostRescheduleAsync(CancellationToken ct) => WriteAsync(nameof(Change),
        space => meetings.RescheduleAsync(space, Change, ct), "La séance est modifiée.", m => MeetingPaths.Meeting(m.Id) + "#convocation", ct);

    public Task<IActionResult> OnPostConvokeAsync(CancellationToken ct) => WriteAsync("Convocation",
        space => convocations.SendAsync(space, ct), "La convocation part par courriel, avec l'invitation à ajouter à l'agenda, à chaque personne convoquée qui a une adresse.",
        m => MeetingPaths.Meeting(m.Id) + "#convocation", ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => WriteAsync("Annulation",
        space => convocations.CancelAsync(space, ct), "La séance est annulée.", m => MeetingPaths.Meeting(m.Id), ct);

    public Task<IActionResult> OnPostAddDocumentAsync(CancellationToken ct) => WriteAsync(nameof(Joined),
        space => packs.AddAsync(space, Joined, ct), "Le document est joint au dossier de séance.", _ => MeetingPaths.Meeting(Id) + "#ordre-du-jour", ct);

    public Task<IActionResult> OnPostRemoveDocumentAsync(CancellationToken ct) => WriteAsync(nameof(Joined),
        space => packs.RemoveAsync(space, Joined, ct), "Le document est retiré du dossier de séance.", _ => MeetingPaths.Meeting(Id) + "#ordre-du-jour", ct);

    public Task<IActionResult> OnPostReplyAsync(CancellationToken ct) => MemberWriteAsync(nameof(Reply),
        async space => await replies.AnswerAsync(space, await HttpContext.RequestServices.PersonIdOfAsync(User, ct), Reply, ct),
        "Votre réponse à la convocation est enregistrée.", _ => MeetingPaths.Meeting(Id) + "#reponse", ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Agenda = await queries.AgendaAsync(Id, ct);
        Votes = await votes.OfMeetingAsync(Id, ct);
        Attendance = (await queries.AttendanceAsync(Id, ct)).ToDictionary(a => a.PersonId, a => a.Presence);
        Quorum = Space.Convocation.Quorum(Attendance, Space.Meeting);
        SecondConvocationId = await queries.SecondConvocationOfAsync(Id, ct);
        if (Space.IsSecretariat) Dossiers = await choices.DossiersAsync(ct);
        Pack = (await pack.OfMeetingAsync(Id, ct)).ToLookup(p => p.ItemId);
        if (Space.IsSecretariat && Space.Meeting.Status == MeetingStatus.Planned) PackChoices = (await pack.ChoicesAsync(Id, ct)).ToLookup(p => p.ItemId);
        var answers = await queries.RepliesAsync(Id, ct);
        var personId = await HttpContext.RequestServices.PersonIdOfAsync(User, ct);
        Me = Space.Convocation.People.FirstOrDefault(p => p.PersonId == personId);
        MyReply = answers.FirstOrDefault(r => r.PersonId == personId);
        if (Space.IsSecretariat) Replies = answers;
        if (Reply.Answer is null && MyReply is not null) Reply = new ReplyInput { Answer = MyReply.Answer, ProxyHolderId = MyReply.ProxyHolderId };
        if (Change.Date is null)
        {
            // The form to change the meeting starts from what it is (a posted form keeps what was typed).
            var (m, starts, ends) = (Space.Meeting, FrenchDates.ToParis(Space.Meeting.StartsAt), FrenchDates.ToParis(Space.Meeting.EndsAt));
            Change = new MeetingWhenInput
            {
                Date = DateOnly.FromDateTime(starts), StartTime = TimeOnly.FromDateTime(starts), EndTime = TimeOnly.FromDateTime(ends),
                Mode = m.Mode, Place = m.Place, VideoLink = m.VideoLink,
            };
        }
    }
}
