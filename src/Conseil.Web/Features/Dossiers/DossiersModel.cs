using Conseil.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Dossiers;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasOne(x => x.Body).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Axis).WithMany().OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Questions).WithOne().HasForeignKey(q => q.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Ministries).WithOne().HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Moves).WithOne().HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Themes).WithOne().HasForeignKey(t => t.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.State, x.Deadline });
    }
}

internal sealed class DossierQuestionConfiguration : IEntityTypeConfiguration<DossierQuestion>
{
    public void Configure(EntityTypeBuilder<DossierQuestion> b)
    {
        b.Property(x => x.Text).HasMaxLength(2000);
        b.HasIndex(x => new { x.DossierId, x.Number }).IsUnique();
    }
}

internal sealed class DossierMinistryConfiguration : IEntityTypeConfiguration<DossierMinistry>
{
    public void Configure(EntityTypeBuilder<DossierMinistry> b)
    {
        b.HasOne(x => x.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DossierId, x.OrganisationId }).IsUnique();
    }
}

internal sealed class DossierThemeConfiguration : IEntityTypeConfiguration<DossierTheme>
{
    public void Configure(EntityTypeBuilder<DossierTheme> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.HasIndex(x => new { x.DossierId, x.Number }).IsUnique();
    }
}

internal sealed class DossierMoveConfiguration : IEntityTypeConfiguration<DossierMove>
{
    public void Configure(EntityTypeBuilder<DossierMove> b)
    {
        b.Property(x => x.ByName).HasMaxLength(200);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasIndex(x => new { x.DossierId, x.At });
    }
}

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> b)
    {
        b.Property(x => x.Title).HasMaxLength(300);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Versions).WithOne(v => v.Document).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.CreatedAt });
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.HasUploadedFile();
        b.Property(x => x.UploadedBy).HasMaxLength(200);
        b.Property(x => x.Comment).HasMaxLength(1000);
        b.HasIndex(x => new { x.DocumentId, x.Number }).IsUnique();
    }
}

internal sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> b)
    {
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.Notes).HasMaxLength(20000);
        b.Property(x => x.Minutes).HasMaxLength(50000);
        b.HasOne(x => x.Dossier).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.HearingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Themes).WithOne().HasForeignKey(t => t.HearingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.At });
    }
}

internal sealed class HearingParticipantConfiguration : IEntityTypeConfiguration<HearingParticipant>
{
    public void Configure(EntityTypeBuilder<HearingParticipant> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.Role).HasMaxLength(300);
        b.Property(x => x.Organisation).HasMaxLength(300);
        b.HasIndex(x => x.HearingId);
    }
}

internal sealed class HearingThemeConfiguration : IEntityTypeConfiguration<HearingTheme>
{
    public void Configure(EntityTypeBuilder<HearingTheme> b)
    {
        b.HasOne(x => x.DossierTheme).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.HearingId, x.DossierThemeId }).IsUnique();
    }
}
