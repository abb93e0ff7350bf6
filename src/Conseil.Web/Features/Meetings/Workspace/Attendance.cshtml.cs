using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Conseil.Web.Features.Accounts;

namespace Conseil.Web.Features.Meetings.Workspace;

/// <summary>
/// The attendance sheet, for the secretariat on the day: one line per person convened — present, remote, represented
/// (and by whom), excused or absent — saved at once; the quorum is recomputed on each save.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class AttendanceModel(MeetingRights rights, MeetingQueries queries, AttendanceService attendance) : MeetingPage(rights)
{
    [BindProperty] public AttendanceInput Sheet { get; set; } = new();
    public QuorumCount Quorum { get; private set; } = null!;

    /// <summary>The answers to the convocation, by person.</summary>
    public IReadOnlyDictionary<int, ConvocationReply> Replies { get; private set; } = new Dictionary<int, ConvocationReply>();

    /// <summary>The members who may hold a proxy: the full members convened.</summary>
    public IReadOnlyList<Convened> Holders => [.. Space.Convocation.People.Where(p => !p.IsSubstitute)];

    public static IReadOnlyList<Presence> Choices { get; } = Enum.GetValues<Presence>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await EnterAsync(ct) is { } refused) return refused;
        var recorded = (await queries.AttendanceAsync(Id, ct)).ToDictionary(a => a.PersonId);
        // A line not recorded yet starts from the answer to the convocation when it announced an absence (excused, or
        // represented by the proxy holder named); an announced presence is only shown, for the secretariat to see on the day.
        Sheet = new AttendanceInput
        {
            Rows = [.. Space.Convocation.People.Select(p => recorded.TryGetValue(p.PersonId, out var line)
                ? new AttendanceRow { PersonId = p.PersonId, Presence = line.Presence, ProxyHolderId = line.ProxyHolderId }
                : Replies.GetValueOrDefault(p.PersonId) is { Answer: ReplyAnswer.CannotAttend } reply
                    ? new AttendanceRow { PersonId = p.PersonId, Presence = reply.Announced, ProxyHolderId = reply.ProxyHolderId }
                    : new AttendanceRow { PersonId = p.PersonId })],
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => WriteAsync(nameof(Sheet),
        space => attendance.RecordAsync(space, Sheet, ct), "La feuille d'émargement est enregistrée.", _ => MeetingPaths.Attendance(Id), ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        var recorded = (await queries.AttendanceAsync(Id, ct)).ToDictionary(a => a.PersonId, a => a.Presence);
        Quorum = Space.Convocation.Quorum(recorded, Space.Meeting);
        Replies = (await queries.RepliesAsync(Id, ct)).ToDictionary(r => r.PersonId);
    }

    /// <summary>The person of a row of the sheet as posted, or null for a row naming someone not convened.</summary>
    public Convened? PersonOf(AttendanceRow row) => Space.Convocation.People.FirstOrDefault(p => p.PersonId == row.PersonId);
}
