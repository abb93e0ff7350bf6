using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Features.Composition;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.CompositionRule).HasMaxLength(2000);
        b.HasIndex(x => x.Slug).IsUnique();
    }
}

internal sealed class CollegeConfiguration : IEntityTypeConfiguration<College>
{
    public void Configure(EntityTypeBuilder<College> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.QuotaDetail).HasMaxLength(1000);
        b.HasIndex(x => x.Number).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Acronym).HasMaxLength(80);
        b.Property(x => x.Website).HasMaxLength(500);
        b.Property(x => x.Article).HasMaxLength(40);
        b.Ignore(x => x.OfAcronym);
        b.HasIndex(x => x.Acronym).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Ignore(x => x.FullName);
        b.Ignore(x => x.SortName);
        b.Ignore(x => x.SearchText);
        b.Property(x => x.SearchKey).HasMaxLength(201);
        b.HasIndex(x => new { x.FamilyName, x.GivenName });
        b.HasIndex(x => x.SearchKey);
    }
}

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> b)
    {
        b.Property(x => x.Name).HasMaxLength(60);
        b.Property(x => x.AppointingAct).HasMaxLength(300);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> b)
    {
        b.Property(x => x.Label).HasMaxLength(300);
        b.HasIndex(x => new { x.CollegeId, x.Number }).IsUnique();
        b.HasOne(x => x.College).WithMany(c => c.Seats).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MandateConfiguration : IEntityTypeConfiguration<Mandate>
{
    public void Configure(EntityTypeBuilder<Mandate> b)
    {
        b.Property(x => x.AppointingAct).HasMaxLength(300);
        b.HasOne(x => x.Seat).WithMany(s => s.Mandates).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Term).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SeatId, x.StartDate });
        b.HasIndex(x => new { x.PersonId, x.TermId });
        b.HasIndex(x => x.EndDate);
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Kind, x.StartDate });
    }
}

internal sealed class BodyMembershipConfiguration : IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<BodyMembership> b)
    {
        b.HasOne(x => x.Body).WithMany(x => x.Memberships).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.RepresentedCollege).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BodyId, x.PersonId, x.StartDate }).IsUnique();
    }
}
