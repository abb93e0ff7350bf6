using Microsoft.AspNetCore.Identity;
using Conseil.Web.Infrastructure.PersonalData;
using PersonalDataMark = Conseil.Web.Infrastructure.PersonalData.PersonalDataAttribute;

namespace Conseil.Web.Features.Accounts;

[PersonalDataSubjects("Utilisateurs de l'espace de travail (membres, secrétariat, administration)")]
public class AppUser : IdentityUser
{
    [PersonalDataMark("Gestion des comptes de l'espace de travail", Category = "Identifiants de connexion",
        Retention = RetentionKind.FormerMemberAccount)]
    public string DisplayName { get; set; } = "";

    /// <summary>The member this account belongs to, when it belongs to one.</summary>
    public int? PersonId { get; set; }

    /// <summary>When the secretariat closed the account (UTC); it can no longer sign in, its history stays.</summary>
    public DateTime? DeactivatedAt { get; set; }

    public bool IsDeactivated => DeactivatedAt is not null;

    /// <summary>Invited, and the password not chosen yet.</summary>
    public bool IsInvitationPending => PasswordHash is null && !IsDeactivated;
}
