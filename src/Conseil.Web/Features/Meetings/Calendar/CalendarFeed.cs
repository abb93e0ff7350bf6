using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings.Calendar;

/// <summary>
/// A private calendar address: a person's (the meetings that convene them) or a body's (for the secretariat). The
/// address carries a random secret; only its SHA-256 is stored, so the address is shown once, when it is made.
/// Revoking deletes the row; renewing replaces it: an owner has one address at most.
/// </summary>
[DisplayName("Abonnement à un calendrier")]
public class CalendarFeed
{
    public int Id { get; set; }
    [Display(Name = "Personne")]
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    [Display(Name = "Instance")]
    public int? BodyId { get; set; }
    public Body? Body { get; set; }
    [Display(Name = "Empreinte du jeton")]
    public required string TokenHash { get; set; }
    [Display(Name = "Créé le")]
    public DateTime CreatedAt { get; set; }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.ToTable("CalendarFeeds");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.BodyId);
    }
}
