using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts;

/// <summary>
/// The secretariat's work on accounts: invite a person of the composition, send the invitation again,
/// deactivate and reactivate; and the administrators' reset of someone's second factor. Each change and its
/// e-mail are saved in one transaction, so a message is never sent for a change that did not happen.
/// </summary>
public sealed class AccountAdministration(AppDb db, UserManager<AppUser> users, AccountTokens tokens, AccountMails mails, TimeProvider clock)
{
    public async Task<WriteResult<AppUser>> InviteAsync(InvitationInput input, bool mayGrantAdministrator, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PersonId, ct);
        if (person is null) return WriteResult<AppUser>.Invalid(nameof(input.PersonId), "Cette personne n'existe pas.");
        var role = input.Role!;
        if (!Roles.All.Contains(role)) return WriteResult<AppUser>.Invalid(nameof(input.Role), "Choisissez un rôle de la liste.");
        if (role == Roles.Administrator && !mayGrantAdministrator)
            return WriteResult<AppUser>.Invalid(nameof(input.Role), "Seul un administrateur peut ouvrir un compte d'administration.");
        var email = string.IsNullOrWhiteSpace(input.Email) ? person.Email : input.Email.Trim();
        if (string.IsNullOrEmpty(email))
            return WriteResult<AppUser>.Invalid(nameof(input.Email), $"{person.FullName} n'a pas d'adresse électronique enregistrée : saisissez-en une.");
        if (await db.Users.AnyAsync(u => u.PersonId == person.Id, ct))
            return WriteResult<AppUser>.Invalid(nameof(input.PersonId), $"{person.FullName} a déjà un compte.");
        if (await users.FindByEmailAsync(email) is not null)
            return WriteResult<AppUser>.Invalid(nameof(input.Email), "Un compte utilise déjà cette adresse électronique.");

        var user = new AppUser { UserName = email, Email = email, DisplayName = person.FullName, PersonId = person.Id };
        await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return WriteResult<AppUser>.Invalid(nameof(input.Email), string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        mails.Invitation(user, role, await tokens.IssueAsync(user.Id, AccountTokenPurpose.Invitation, ct));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return WriteResult<AppUser>.Saved(user);
    }

    public Task<WriteResult<AppUser>> ResendInvitationAsync(string userId, CancellationToken ct) => ChangeAsync(userId, async user =>
    {
        if (!user.IsInvitationPending) return "Ce compte est déjà activé : la personne peut utiliser « Mot de passe oublié ».";
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Member;
        mails.Invitation(user, role, await tokens.IssueAsync(user.Id, AccountTokenPurpose.Invitation, ct));
        return null;
    }, ct);

    public Task<WriteResult<AppUser>> DeactivateAsync(string userId, CancellationToken ct) => ChangeAsync(userId, async user =>
    {
        if (user.IsDeactivated) return "Ce compte est déjà désactivé.";
        user.DeactivatedAt = clock.GetUtcNow().UtcDateTime;
        await users.UpdateSecurityStampAsync(user); // its open sessions end at their next request
        return null;
    }, ct);

    public Task<WriteResult<AppUser>> ReactivateAsync(string userId, CancellationToken ct) => ChangeAsync(userId, user =>
    {
        if (!user.IsDeactivated) return Task.FromResult<string?>("Ce compte est déjà actif.");
        user.DeactivatedAt = null;
        return Task.FromResult<string?>(null);
    }, ct);

    public Task<WriteResult<AppUser>> ResetTwoFactorAsync(string userId, CancellationToken ct) => ChangeAsync(userId, async user =>
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user); // also renews the stamp: the user's sessions end
        mails.TwoFactorReset(user);
        return null;
    }, ct);

    /// <summary>Loads the account, applies the change (which returns a refusal, or null), saves it atomically.</summary>
    private async Task<WriteResult<AppUser>> ChangeAsync(string userId, Func<AppUser, Task<string?>> change, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null) return WriteResult<AppUser>.NotFound();
        await using var transaction = await db.JoinOrBeginTransactionAsync(ct);
        var refusal = await change(user);
        if (refusal is not null) return WriteResult<AppUser>.Conflict("", refusal);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return WriteResult<AppUser>.Saved(user);
    }
}
