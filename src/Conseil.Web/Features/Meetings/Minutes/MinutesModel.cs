using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Meetings.Minutes;

internal sealed class MeetingMinutesConfiguration : IEntityTypeConfiguration<MeetingMinutes>
{
    public void Configure(EntityTypeBuilder<MeetingMinutes> b)
    {
        b.ToTable("MeetingMinutes");
        b.Property(x => x.Opening).HasMaxLength(MinutesService.MaxText);
        b.HasOne(x => x.Meeting).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.ApprovedByItem).WithMany().HasForeignKey(x => x.ApprovedByItemId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.MeetingId).IsUnique();
        b.HasIndex(x => x.ApprovedByItemId);
    }
}

internal sealed class MinutesEntryConfiguration : IEntityTypeConfiguration<MinutesEntry>
{
    public void Configure(EntityTypeBuilder<MinutesEntry> b)
    {
        b.ToTable("MinutesEntries");
        b.Property(x => x.Debate).HasMaxLength(MinutesService.MaxText);
        b.HasOne(x => x.MeetingMinutes).WithMany(m => m.Entries).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.AgendaItem).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MeetingMinutesId, x.AgendaItemId }).IsUnique();
        b.HasIndex(x => x.AgendaItemId);
    }
}
