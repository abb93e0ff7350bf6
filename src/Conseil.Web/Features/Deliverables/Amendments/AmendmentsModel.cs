using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Deliverables.Amendments;

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> b)
    {
        b.ToTable("Amendments");
        b.Property(x => x.Target).HasMaxLength(400);
        b.Property(x => x.OriginalText).HasMaxLength(DeliverableSection.MaxText);
        b.Property(x => x.ProposedText).HasMaxLength(DeliverableSection.MaxText);
        b.Property(x => x.Justification).HasMaxLength(Amendment.MaxJustification);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(Amendment.MaxReason);
        b.Property(x => x.DecidedBy).HasMaxLength(200);
        b.HasOne<Deliverable>().WithMany().HasForeignKey(x => x.DeliverableId).OnDelete(DeleteBehavior.Cascade);
        // The section or recommendation deleted, the amendment stays with what it was about (Target, OriginalText).
        b.HasOne<DeliverableSection>().WithMany().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.DeliverableId, x.Number }).IsUnique();
        b.HasIndex(x => x.SectionId);
        b.HasIndex(x => x.RecommendationId);
        b.HasIndex(x => x.PersonId);
    }
}
