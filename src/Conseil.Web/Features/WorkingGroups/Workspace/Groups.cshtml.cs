using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Conseil.Web.Features.WorkingGroups.Workspace;

/// <summary>The working groups: a member's own; every group for the secretariat and the president in office.</summary>
public class GroupsModel(AppDb db, WorkingGroupQueries queries, SpaceAccess spaces, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<WorkingGroupQueries.GroupRow> Groups { get; private set; } = [];
    public bool SeesAll { get; private set; }
    public bool IsSecretariat { get; private set; }
    public int? ExpertPanelId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsSecretariat = (await authorization.AuthorizeAsync(User, Policies.Secretariat)).Succeeded;
        SeesAll = IsSecretariat || await spaces.IsPresidentAsync(User, cancellationToken);
        var personId = SeesAll ? null : await db.PersonIdOfAsync(User, cancellationToken);
        Groups = SeesAll || personId is not null ? await queries.ListAsync(SeesAll, personId, cancellationToken) : [];
        if (IsSecretariat) ExpertPanelId = await queries.ExpertPanelIdAsync(cancellationToken);
    }
}
