using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts.Workspace;

/// <summary>One account: its person, role and state; send the invitation again, deactivate or reactivate.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class AccountDetailModel(AppDb db, AccountAdministration accounts, IAuthorizationService authorization) : PageModel
{
    [FromRoute] public string Id { get; set; } = "";
    public AppUser Account { get; private set; } = null!;
    public string RoleLabel { get; private set; } = "";
    public string? PersonName { get; private set; }
    public bool IsAdministrator { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken) =>
        DoneAsync(accounts.ResendInvitationAsync(Id, cancellationToken), "L'invitation a été envoyée de nouveau.", cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken) =>
        DoneAsync(accounts.DeactivateAsync(Id, cancellationToken), "Le compte a été désactivé : la personne ne peut plus se connecter.", cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) =>
        DoneAsync(accounts.ReactivateAsync(Id, cancellationToken), "Le compte a été réactivé.", cancellationToken);

    private async Task<IActionResult> DoneAsync(Task<WriteResult<AppUser>> saving, string message, CancellationToken cancellationToken)
    {
        var result = await saving;
        if (result.Status == WriteStatus.NotFound) return NotFound();
        if (result.Succeeded)
        {
            TempData["Success"] = message;
            return RedirectToPage(new { Id });
        }
        ModelState.AddErrors(result, "");
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == Id, cancellationToken);
        if (account is null) return false;
        Account = account;
        var roles = await db.UserRoles.Where(ur => ur.UserId == Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        RoleLabel = string.Join(", ", roles.Select(Roles.Label));
        PersonName = account.PersonId is null ? null
            : await db.People.Where(p => p.Id == account.PersonId).Select(p => p.GivenName + " " + p.FamilyName).SingleOrDefaultAsync(cancellationToken);
        IsAdministrator = (await authorization.AuthorizeAsync(User, Policies.Administrator)).Succeeded;
        return true;
    }
}
