using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Deliverables;

internal sealed class DeliverableConfiguration : IEntityTypeConfiguration<Deliverable>
{
    public void Configure(EntityTypeBuilder<Deliverable> b)
    {
        b.Property(x => x.Title).HasMaxLength(Deliverable.MaxTitle);
        b.Property(x => x.Summary).HasMaxLength(Deliverable.MaxSummary);
        b.Property(x => x.EasyRead).HasMaxLength(Deliverable.MaxEasyRead);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Body).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.DossierId);
        b.Ignore(x => x.IsAdopted);
    }
}

internal sealed class DeliverableSectionConfiguration : IEntityTypeConfiguration<DeliverableSection>
{
    public void Configure(EntityTypeBuilder<DeliverableSection> b)
    {
        b.ToTable("DeliverableSections");
        b.Property(x => x.Title).HasMaxLength(DeliverableSection.MaxTitle);
        b.Property(x => x.Text).HasMaxLength(DeliverableSection.MaxText);
        b.HasOne<Deliverable>().WithMany(d => d.Sections).HasForeignKey(x => x.DeliverableId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DeliverableId, x.Position });
    }
}

internal sealed class RecommendationThemeConfiguration : IEntityTypeConfiguration<RecommendationTheme>
{
    public void Configure(EntityTypeBuilder<RecommendationTheme> b)
    {
        b.ToTable("RecommendationThemes");
        b.Property(x => x.Title).HasMaxLength(RecommendationTheme.MaxTitle);
        b.HasOne<Deliverable>().WithMany(d => d.Themes).HasForeignKey(x => x.DeliverableId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DeliverableId, x.Position });
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.ToTable("Recommendations");
        b.Property(x => x.Title).HasMaxLength(Recommendation.MaxTitle);
        b.Property(x => x.Text).HasMaxLength(Recommendation.MaxText);
        b.HasOne<Deliverable>().WithMany(d => d.Recommendations).HasForeignKey(x => x.DeliverableId).OnDelete(DeleteBehavior.Cascade);
        // A theme with recommendations is not deleted (the service refuses it); NO ACTION, checked at the end of the statement,
        // lets a deliverable's cascade delete its themes and recommendations together.
        b.HasOne(x => x.Theme).WithMany().HasForeignKey(x => x.ThemeId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.DeliverableId, x.Number });
        b.HasIndex(x => x.ThemeId);
    }
}

internal sealed class RecommendationAddresseeConfiguration : IEntityTypeConfiguration<RecommendationAddressee>
{
    public void Configure(EntityTypeBuilder<RecommendationAddressee> b)
    {
        b.ToTable("RecommendationAddressees");
        b.HasOne<Recommendation>().WithMany(r => r.Addressees).HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RecommendationId, x.OrganisationId }).IsUnique();
        b.HasIndex(x => x.OrganisationId);
    }
}

internal sealed class RecommendationEvidenceConfiguration : IEntityTypeConfiguration<RecommendationEvidence>
{
    public void Configure(EntityTypeBuilder<RecommendationEvidence> b)
    {
        b.ToTable("RecommendationEvidence");
        b.HasOne<Recommendation>().WithMany(r => r.Evidence).HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Hearing).WithMany().HasForeignKey(x => x.HearingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Contribution).WithMany().HasForeignKey(x => x.ContributionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.RecommendationId);
        b.HasIndex(x => x.HearingId);
        b.HasIndex(x => x.ContributionId);
        b.HasIndex(x => x.DocumentId);
    }
}

internal sealed class DeliverableVersionConfiguration : IEntityTypeConfiguration<DeliverableVersion>
{
    public void Configure(EntityTypeBuilder<DeliverableVersion> b)
    {
        b.ToTable("DeliverableVersions");
        b.Property(x => x.SavedBy).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(DeliverableVersion.MaxNote);
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.HasOne<Deliverable>().WithMany().HasForeignKey(x => x.DeliverableId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DeliverableId, x.Number }).IsUnique();
    }
}
