using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.VideoLink).HasMaxLength(500);
        b.Ignore(x => x.IsSecondConvocation);
        b.Ignore(x => x.ConvocationIsCurrent);
        b.HasOne(x => x.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.FirstConvocation).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.BodyId, x.StartsAt });
        b.HasIndex(x => x.StartsAt);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne(x => x.Meeting).WithMany(m => m.Items).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Deliverables.DeliverableVersion>().WithMany().HasForeignKey(x => x.DeliverableVersionId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.MeetingId, x.Number }).IsUnique();
        b.HasIndex(x => x.DeliverableVersionId);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.HasOne(x => x.Meeting).WithMany(m => m.Attendances).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.ProxyHolder).WithMany().HasForeignKey(x => x.ProxyHolderId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.MeetingId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
        b.HasIndex(x => x.ProxyHolderId);
    }
}
