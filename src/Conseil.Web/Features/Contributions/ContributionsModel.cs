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
        b.Property(x => x.Receipt).HasMaxLength(20);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Axis).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.ContributionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.ReceivedAt });
        b.HasIndex(x => new { x.Status, x.ReceivedAt });
        b.HasIndex(x => x.Receipt).IsUnique();
    }
}

internal sealed class ContributionAttachmentConfiguration : IEntityTypeConfiguration<ContributionAttachment>
{
    public void Configure(EntityTypeBuilder<ContributionAttachment> b)
    {
        b.HasUploadedFile();
        b.Property(x => x.Findings).HasMaxLength(500);
    }
}

internal sealed class ContributionCallConfiguration : IEntityTypeConfiguration<ContributionCall>
{
    public void Configure(EntityTypeBuilder<ContributionCall> b)
    {
        b.Property(x => x.Invitation).HasMaxLength(2000);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Axis).WithMany().OnDelete(DeleteBehavior.Cascade);
        // One call per dossier or axis: closing and reopening change its dates.
        b.HasIndex(x => x.DossierId).IsUnique();
        b.HasIndex(x => x.AxisId).IsUnique();
    }
}
