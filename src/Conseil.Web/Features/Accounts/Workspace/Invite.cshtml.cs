using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Conseil.Web.Features.Accounts.Workspace;

/// <summary>The secretariat opens the account of a person of the composition, who receives an invitation link.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class InviteModel(AccountAdministration accounts, CompositionChoices choices, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public InvitationInput Input { get; set; } = new();
    public List<SelectListItem> People { get; private set; } = [];
    public List<SelectListItem> RoleChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new InvitationInput { Role = Roles.Member };
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await accounts.InviteAsync(Input, await MayGrantAdministratorAsync(), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Success"] = $"L'invitation a été envoyée à {result.Value!.Email}.";
                return Redirect($"/espace/comptes/{result.Value.Id}");
            }
            ModelState.AddErrors(result, nameof(Input));
        }
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> MayGrantAdministratorAsync() =>
        (await authorization.AuthorizeAsync(User, Policies.Administrator)).Succeeded;

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        People = await choices.PeopleAsync(cancellationToken);
        var roles = await MayGrantAdministratorAsync() ? Roles.All : Roles.All.Where(r => r != Roles.Administrator);
        RoleChoices = [.. roles.Select(r => new SelectListItem(Roles.Label(r), r))];
    }
}
