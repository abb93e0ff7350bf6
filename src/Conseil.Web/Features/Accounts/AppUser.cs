using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Conseil.Web.Infrastructure.PersonalData;
using PersonalDataMark = Conseil.Web.Infrastructure.PersonalData.PersonalDataAttribute;

namespace Conseil.Web.Features.Accounts;

[PersonalDataSubjects("Utilisateurs de l'espace de travail (membres, secrétariat, administration)")]
[DisplayName("Compte")]
public class AppUser : IdentityUser
{
    [PersonalDataMark("Gestion des comptes de l'espace de travail", Category = "Identifiants de connexion",
        Retention = RetentionKind.FormerMemberAccount)]
    [Display(Name = "Nom affiché")]
    public string DisplayName { get; set; } = "";

    /// <summary>The member this account belongs to, when it belongs to one.</summary>
    [Display(Name = "Personne")]
    public int? PersonId { get; set; }

    /// <summary>When the secretariat closed the account (UTC); it can no longer sign in, its history stays.</summary>
    [Display(Name = "Désactivé le")]
    public DateTime? DeactivatedAt { get; set; }

    public bool IsDeactivated => DeactivatedAt is not null;

    /// <summary>Invited, and the password not chosen yet.</summary>
    public bool IsInvitationPending => PasswordHash is null && !IsDeactivated;
}
