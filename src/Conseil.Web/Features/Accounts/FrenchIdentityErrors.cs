using Microsoft.AspNetCore.Identity;

namespace Conseil.Web.Features.Accounts;

/// <summary>Identity's messages, in French.</summary>
public sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Le mot de passe doit contenir au moins {length} caractères." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Le mot de passe actuel est incorrect." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "Un compte existe déjà avec cette adresse électronique." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "Un compte existe déjà avec cet identifiant." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "L'adresse électronique n'est pas valide." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Le lien ou le code n'est plus valide." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "L'opération n'a pas pu aboutir." };
}
