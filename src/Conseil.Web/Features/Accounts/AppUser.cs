using Microsoft.AspNetCore.Identity;
using PersonalDataMark = Conseil.Web.Infrastructure.PersonalData.PersonalDataAttribute;

namespace Conseil.Web.Features.Accounts;

public class AppUser : IdentityUser
{
    [PersonalDataMark("Gestion des comptes de l'espace de travail")]
    public string DisplayName { get; set; } = "";

    /// <summary>The member this account belongs to, when it belongs to one.</summary>
    public int? PersonId { get; set; }
}
