using System.ComponentModel.DataAnnotations;

namespace Conseil.Web.Features.Accounts;

public sealed record InvitationInput
{
    [Required(ErrorMessage = "Choisissez la personne à inviter.")]
    public int? PersonId { get; set; }

    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
    [MaxLength(256, ErrorMessage = "L'adresse électronique ne peut dépasser 256 caractères.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choisissez un rôle.")]
    public string? Role { get; set; }
}
