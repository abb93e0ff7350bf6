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
}
