using Conseil.Web.Infrastructure.Labels;
using Microsoft.AspNetCore.Identity;

namespace Conseil.Web.Features.Accounts;

/// <summary>French names of Identity's records and fields (its source is not ours to annotate), and how accounts are named.</summary>
internal sealed class AccountRecords : IRecordCatalogue
{
    public void Declare(RecordCatalogue catalogue) => catalogue
        .Type<AppUser>(null, (nameof(AppUser.Id), "Identifiant technique"),
            (nameof(AppUser.UserName), "Identifiant"), (nameof(AppUser.NormalizedUserName), "Identifiant (forme normalisée)"),
            (nameof(AppUser.Email), "Adresse électronique"), (nameof(AppUser.NormalizedEmail), "Adresse électronique (forme normalisée)"),
            (nameof(AppUser.EmailConfirmed), "Adresse électronique confirmée"), (nameof(AppUser.PasswordHash), "Mot de passe"),
            (nameof(AppUser.PhoneNumber), "Téléphone"), (nameof(AppUser.PhoneNumberConfirmed), "Téléphone confirmé"),
            (nameof(AppUser.TwoFactorEnabled), "Double authentification"), (nameof(AppUser.LockoutEnd), "Bloqué jusqu'au"),
            (nameof(AppUser.LockoutEnabled), "Blocage après échecs"), (nameof(AppUser.AccessFailedCount), "Échecs de connexion"))
        .Type<IdentityRole>("Rôle", (nameof(IdentityRole.Name), "Nom"), (nameof(IdentityRole.NormalizedName), "Nom (forme normalisée)"))
        .Type<IdentityUserRole<string>>("Rôle d'un compte",
            (nameof(IdentityUserRole<string>.UserId), "Compte"), (nameof(IdentityUserRole<string>.RoleId), "Rôle"))
        .Type<IdentityUserClaim<string>>("Attribut d'un compte",
            (nameof(IdentityUserClaim<string>.UserId), "Compte"), (nameof(IdentityUserClaim<string>.ClaimType), "Type"),
            (nameof(IdentityUserClaim<string>.ClaimValue), "Valeur"))
        .Type<IdentityRoleClaim<string>>("Attribut d'un rôle",
            (nameof(IdentityRoleClaim<string>.RoleId), "Rôle"), (nameof(IdentityRoleClaim<string>.ClaimType), "Type"),
            (nameof(IdentityRoleClaim<string>.ClaimValue), "Valeur"))
        .Type<IdentityUserLogin<string>>("Connexion externe d'un compte",
            (nameof(IdentityUserLogin<string>.UserId), "Compte"), (nameof(IdentityUserLogin<string>.ProviderDisplayName), "Fournisseur"))
        .Type<IdentityUserToken<string>>("Jeton d'un compte",
            (nameof(IdentityUserToken<string>.UserId), "Compte"), (nameof(IdentityUserToken<string>.LoginProvider), "Fournisseur"),
            (nameof(IdentityUserToken<string>.Name), "Nom"), (nameof(IdentityUserToken<string>.Value), "Clé d'authentification"))
        .Values<AccountTokenPurpose>(p => p == AccountTokenPurpose.Invitation ? "Invitation" : "Mot de passe oublié")
        .Name<AppUser>((u, _) => ValueTask.FromResult(
            "Compte " + (u.PersonId is { } person ? RecordNaming.OfPerson(person) : RecordNaming.OfAccount(u.Id))))
        .Name<IdentityUserRole<string>>(async (r, naming) =>
            $"Rôle « {Roles.Label((await naming.FindAsync<IdentityRole>(r.RoleId))?.Name ?? "")} » du compte {RecordNaming.OfAccount(r.UserId)}")
        .Name<AccountToken>((t, _) => ValueTask.FromResult(
            $"Lien « {(t.Purpose == AccountTokenPurpose.Invitation ? "invitation" : "mot de passe oublié")} » du compte {RecordNaming.OfAccount(t.UserId)}"));
}
