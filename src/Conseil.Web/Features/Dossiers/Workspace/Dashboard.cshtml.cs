using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Dossiers.Workspace;

/// <summary>
/// The secretariat's steering of every dossier: how many in each state, the late ones and those due within 30 days,
/// and the dossiers by deadline, filtered by state and urgency, a page of 50 at a time.
/// </summary>
[Authorize(Policy = Policies.Secretariat)]
public class DashboardModel(DossierQueries queries) : PageModel
{
    [FromQuery] public string? Etat { get; set; }
    [FromQuery] public string? Echeance { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public Dashboard Dashboard { get; private set; } = null!;
    public DateOnly Today => queries.Today;
    public int Late => Dashboard.States.Sum(s => s.Late);
    public int Soon => Dashboard.States.Sum(s => s.Soon);
    public int Open => Dashboard.States.Where(s => DossierStates.IsOpen(s.State)).Sum(s => s.Count);

    public List<SelectListItem> StateChoices =>
    [
        new("Dossiers en cours (reçus, acceptés, en instruction, en rédaction)", DashboardFilter.Open),
        new("Tous les états", DashboardFilter.All),
        .. Dashboard.States.Select(s => new SelectListItem($"{DossierStates.Of(s.State)} ({s.Count})", DossierStates.Slug(s.State))),
    ];

    public static List<SelectListItem> UrgencyChoices =>
    [
        new("Toutes les échéances", ""),
        new("En retard", DashboardFilter.Late),
        new($"Dans les {DossierDeadlines.SoonDays} jours", DashboardFilter.Soon),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (DossierStates.FromSlug(Etat) is null && Etat != DashboardFilter.All) Etat = DashboardFilter.Open;
        if (Echeance is not (DashboardFilter.Late or DashboardFilter.Soon)) Echeance = null;
        Dashboard = await queries.DashboardAsync(new DashboardFilter(Etat, Echeance, PageNumber), cancellationToken);
    }

    /// <summary>The address of this view at another page, or with another filter.</summary>
    public string Link(int? page = null, string? etat = null, string? echeance = null)
    {
        var query = new List<string>();
        var state = etat ?? Etat;
        if (state != DashboardFilter.Open) query.Add($"Etat={state}");
        var urgency = echeance ?? Echeance;
        if (!string.IsNullOrEmpty(urgency)) query.Add($"Echeance={urgency}");
        if ((page ?? 1) > 1) query.Add($"page={page}");
        return "/espace/dossiers" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    /// <summary>What the table shows, in words, for its caption.</summary>
    public string Showing()
    {
        var what = DossierStates.FromSlug(Etat) is { } state ? $"Dossiers à l'état « {DossierStates.Of(state)} »"
            : Etat == DashboardFilter.All ? "Tous les dossiers" : "Dossiers en cours";
        what += Echeance switch
        {
            DashboardFilter.Late => ", en retard",
            DashboardFilter.Soon => $", à échéance dans les {DossierDeadlines.SoonDays} jours",
            _ => "",
        };
        return what + ", par échéance";
    }
}
