using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Accounts;

public enum AccountTokenPurpose
{
    Invitation,
    PasswordReset,
}

/// <summary>
/// A single-use link sent by e-mail (invitation, forgotten password). Only a SHA-256 hash of the token is
/// stored: the link itself exists only in the message, whose body the outbox purges once sent.
/// </summary>
[DisplayName("Lien à usage unique")]
public class AccountToken
{
    public int Id { get; set; }
    [Display(Name = "Compte")]
    public required string UserId { get; set; }
    [Display(Name = "Objet")]
    public AccountTokenPurpose Purpose { get; set; }
    public required string TokenHash { get; set; }
    [Display(Name = "Créé le")]
    public DateTime CreatedAt { get; set; }
    [Display(Name = "Expire le")]
    public DateTime ExpiresAt { get; set; }
    [Display(Name = "Utilisé le")]
    public DateTime? UsedAt { get; set; }
}

public sealed class AccountTokenConfiguration : IEntityTypeConfiguration<AccountToken>
{
    public void Configure(EntityTypeBuilder<AccountToken> builder)
    {
        builder.ToTable("AccountTokens");
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        // Two requests with one link: the second update finds UsedAt already set and fails, so a link serves once.
        builder.Property(t => t.UsedAt).IsConcurrencyToken();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
