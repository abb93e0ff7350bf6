using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Programme;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Contributions.Workspace;

/// <summary>
/// The secretariat's queue of contributions: those held back for personal data first, then those to moderate, then
/// the rest, filtered by status, dossier and axis, a page of 50 at a time.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class QueueModel(ContributionQueries queries, ProgrammeChoices choices) : PageModel
{
    [FromQuery] public string? Statut { get; set; }
    [FromQuery] public int? Dossier { get; set; }
    [FromQuery] public int? Axe { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public QueuePage Queue { get; private set; } = null!;
    public (int Held, int Received) Waiting { get; private set; }
    public List<SelectListItem> Dossiers { get; private set; } = [];
    public List<SelectListItem> Axes { get; private set; } = [];

    public static List<SelectListItem> Statuses =>
    [
        new("Tous les statuts", ""),
        .. Enum.GetValues<ContributionStatus>().Select(s => new SelectListItem(ContributionLabels.Of(s), ContributionLabels.Slug(s))),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var status = ContributionLabels.FromSlug(Statut);
        if (status is null) Statut = null;
        Queue = await queries.QueueAsync(new QueueFilter(status, Dossier, Axe, PageNumber), ct);
        Waiting = await queries.WaitingAsync(ct);
        Dossiers = await choices.DossiersAsync(ct);
        Axes = await choices.AxesAsync(ct);
    }

    public Pager Pager => new(Queue.Page, Queue.Pages, page => Link(page), "Pages des contributions");

    /// <summary>The address of this view at another page, or with another status.</summary>
    public string Link(int? page = null, string? statut = null)
    {
        var query = new List<string>();
        var status = statut ?? Statut;
        if (!string.IsNullOrEmpty(status)) query.Add($"Statut={status}");
        if (Dossier is { } dossier) query.Add($"Dossier={dossier}");
        if (Axe is { } axis) query.Add($"Axe={axis}");
        if ((page ?? 1) > 1) query.Add($"page={page}");
        return ContributionPaths.Queue + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}
