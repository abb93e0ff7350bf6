using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Notifications;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.Property(x => x.UnsubscribeToken).HasMaxLength(64);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.PersonId).IsUnique();
        b.HasIndex(x => x.UnsubscribeToken).IsUnique();
    }
}

internal sealed class PendingNotificationConfiguration : IEntityTypeConfiguration<PendingNotification>
{
    public void Configure(EntityTypeBuilder<PendingNotification> b)
    {
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.PersonId, x.CreatedAt });
    }
}

internal sealed class DeadlineNoticeConfiguration : IEntityTypeConfiguration<DeadlineNotice>
{
    public void Configure(EntityTypeBuilder<DeadlineNotice> b)
    {
        b.ToTable("DeadlineNotices");
        b.HasOne<Dossiers.Dossier>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.Deadline }).IsUnique();
    }
}
