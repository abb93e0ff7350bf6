using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings.Votes;

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> b)
    {
        b.Ignore(x => x.Tally);
        b.Property(x => x.TextSha256).HasMaxLength(64);
        b.HasOne(x => x.AgendaItem).WithMany().OnDelete(DeleteBehavior.Cascade);
        // One vote per item: two secretaries opening it at once open it once.
        b.HasIndex(x => x.AgendaItemId).IsUnique();
    }
}

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> b)
    {
        b.Ignore(x => x.IsProxy);
        b.HasOne(x => x.Vote).WithMany(v => v.Ballots).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Holder).WithMany().HasForeignKey(x => x.HolderId).OnDelete(DeleteBehavior.Restrict);
        // Each member's vote once per item, whoever casts it; the choice is written only while it is still empty.
        b.HasIndex(x => new { x.VoteId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.HolderId);
        b.Property(x => x.Choice).IsConcurrencyToken();
    }
}

internal sealed class ConflictOfInterestConfiguration : IEntityTypeConfiguration<ConflictOfInterest>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterest> b)
    {
        b.HasOne(x => x.AgendaItem).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.AgendaItemId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}
