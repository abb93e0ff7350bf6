using Conseil.Web.Features.Deliverables.Adoption;
using Conseil.Web.Features.Dossiers.Hearings;
using Conseil.Web.Features.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Deliverables.Workspace;

/// <summary>
/// One saved version of a deliverable, read as it was, with its hash and the agendas that put it to the vote; the
/// secretariat puts it on the agenda of a meeting to come of the body that adopts it.
/// </summary>
public class VersionModel(DossierRights rights, VersionService versions, DraftEditor drafts, AdoptionQueries queries, AdoptionService adoption)
    : DeliverablePage(rights)
{
    [FromRoute] public int DeliverableId { get; set; }
    [FromRoute] public int Number { get; set; }
    [BindProperty] public PutToVoteInput Vote { get; set; } = new();
    public VersionRow Row { get; private set; } = null!;
    public DraftSnapshot Text { get; private set; } = null!;
    public Deliverable Deliverable { get; private set; } = null!;
    public IReadOnlyList<AgendaLine> Agenda { get; private set; } = [];
    public List<SelectListItem> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await EnterAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        WriteAsync(() => adoption.PutToVoteAsync(Dossier, DeliverableId, Number, Vote, ct),
            "La version est inscrite à l'ordre du jour : le vote portera sur ce texte exact.", item => MeetingPaths.Meeting(item.MeetingId), nameof(Vote), ct,
            Writers.Secretariat);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await versions.ReadAsync(Id, DeliverableId, Number, ct) is not { } version) return false;
        (Row, Text) = version;
        Deliverable = (await drafts.LoadAsync(Id, DeliverableId, ct))!;
        Agenda = await queries.AgendaAsync(DeliverableId, Number, ct);
        if (Dossier.IsSecretariat && !Deliverable.IsAdopted) Meetings = await queries.MeetingsAsync(Deliverable.BodyId, ct);
        return true;
    }
}
