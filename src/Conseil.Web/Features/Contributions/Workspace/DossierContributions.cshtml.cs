using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.Contributions.Workspace;

/// <summary>
/// A dossier's accepted contributions, in their shared (redacted) text, for the members of its working groups
/// (the space rule of <see cref="SpaceAccess"/>: anyone else gets 404), a page of 50 at a time.
/// </summary>
public class DossierContributionsModel(ContributionQueries queries, DossierAccess access, IAuthorizationService authorization) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public string Dossier { get; private set; } = "";
    public int Total { get; private set; }
    public IReadOnlyList<SharedRow> Rows { get; private set; } = [];
    public bool IsSecretariat { get; private set; }
    public int Pages => Math.Max(1, (Total + ContributionQueries.PageSize - 1) / ContributionQueries.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.MayEnterAsync(User, Id, ct)) return NotFound();
        if (await queries.SharedAsync(Id, PageNumber, ct) is not var (dossier, total, rows)) return NotFound();
        (Dossier, Total, Rows) = (dossier, total, rows);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        return Page();
    }

    public Pager Pager => new(PageNumber, Pages, Link, "Pages des contributions");

    public string Link(int page) => ContributionPaths.Shared(Id) + (page > 1 ? $"?page={page}" : "");
}
