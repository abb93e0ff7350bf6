using Conseil.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Contributions;

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> b)
    {
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.AuthorEmail).HasMaxLength(254);
        b.Property(x => x.OrganisationName).HasMaxLength(300);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.OriginalText).HasMaxLength(50000);
        b.Property(x => x.SharedText).HasMaxLength(50000);
        b.Property(x => x.Findings).HasMaxLength(500);
        b.Property(x => x.PolicyAreas).HasMaxLength(300);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Axis).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.ContributionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.ReceivedAt });
        b.HasIndex(x => new { x.Status, x.ReceivedAt });
    }
}

internal sealed class ContributionAttachmentConfiguration : IEntityTypeConfiguration<ContributionAttachment>
{
    public void Configure(EntityTypeBuilder<ContributionAttachment> b)
    {
        b.HasUploadedFile();
    }
}
