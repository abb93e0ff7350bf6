using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Programme;

internal sealed class WorkProgrammeConfiguration : IEntityTypeConfiguration<WorkProgramme>
{
    public void Configure(EntityTypeBuilder<WorkProgramme> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Introduction).HasMaxLength(4000);
        b.Ignore(x => x.IsAdopted);
        b.HasIndex(x => x.StartDate);
    }
}

internal sealed class AxisConfiguration : IEntityTypeConfiguration<Axis>
{
    public void Configure(EntityTypeBuilder<Axis> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne(x => x.WorkProgramme).WithMany(p => p.Axes).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.WorkProgrammeId, x.Number }).IsUnique();
    }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasOne(x => x.Axis).WithMany(a => a.Items).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.AxisId, x.SortOrder });
    }
}
