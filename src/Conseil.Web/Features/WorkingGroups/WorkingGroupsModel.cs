using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.WorkingGroups;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Mission).HasMaxLength(4000);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Axis).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Members).WithOne(m => m.WorkingGroup).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.DossierId);
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> b)
    {
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.WorkingGroupId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class CallForCandidatesConfiguration : IEntityTypeConfiguration<CallForCandidates>
{
    public void Configure(EntityTypeBuilder<CallForCandidates> b)
    {
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne(x => x.WorkingGroup).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Candidacies).WithOne(c => c.Call).HasForeignKey(c => c.CallForCandidatesId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.WorkingGroupId, x.OpensOn });
    }
}

internal sealed class CandidacyConfiguration : IEntityTypeConfiguration<Candidacy>
{
    public void Configure(EntityTypeBuilder<Candidacy> b)
    {
        b.Property(x => x.Motivation).HasMaxLength(2000);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CallForCandidatesId, x.PersonId }).IsUnique();
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class GroupThreadConfiguration : IEntityTypeConfiguration<GroupThread>
{
    public void Configure(EntityTypeBuilder<GroupThread> b)
    {
        b.Property(x => x.Subject).HasMaxLength(300);
        b.HasOne<WorkingGroup>().WithMany().HasForeignKey(x => x.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Posts).WithOne().HasForeignKey(p => p.GroupThreadId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.WorkingGroupId, x.CreatedAt });
    }
}

internal sealed class GroupPostConfiguration : IEntityTypeConfiguration<GroupPost>
{
    public void Configure(EntityTypeBuilder<GroupPost> b)
    {
        b.Property(x => x.Text).HasMaxLength(10000);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.GroupThreadId, x.At });
        b.HasIndex(x => x.PersonId);
    }
}
