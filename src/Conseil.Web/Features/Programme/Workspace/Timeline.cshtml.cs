using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Programme.Workspace;

/// <summary>
/// The members' view of a work programme: each axis's progress and its work items on a timeline of their planned dates.
/// The secretariat also sees the proposals not adopted yet, and the links to edit them.
/// </summary>
public class TimelineModel(ProgrammeQueries queries, DossierAccess dossiers, IAuthorizationService authorization) : PageModel
{
    [FromQuery(Name = "programme")] public int? Requested { get; set; }

    public bool IsSecretariat { get; private set; }
    public IReadOnlyList<ProgrammeHeader> Headers { get; private set; } = [];
    public ProgrammeView? Programme { get; private set; }
    public IReadOnlySet<int> EnterableDossiers { get; private set; } = new HashSet<int>();
    public DateOnly Today => queries.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        Headers = await queries.HeadersAsync(IsSecretariat, cancellationToken);
        if (queries.Choose(Headers, Requested) is not { } chosen) return;
        Programme = await queries.ViewAsync(chosen.Id, cancellationToken);
        var linked = Programme?.Axes.SelectMany(a => a.Items).Select(i => i.DossierId).OfType<int>().Distinct().ToList() ?? [];
        EnterableDossiers = await dossiers.EnterableAsync(User, linked, cancellationToken);
    }
}
