using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Network;

internal sealed class LocalCommitteeConfiguration : IEntityTypeConfiguration<LocalCommittee>
{
    public void Configure(EntityTypeBuilder<LocalCommittee> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.TerritoryCode).HasMaxLength(5);
        b.Property(x => x.TerritoryName).HasMaxLength(120);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => x.TerritoryCode);
    }
}
