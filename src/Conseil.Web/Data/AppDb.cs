using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Network;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.DataProtection;
using Conseil.Web.Infrastructure.Idempotency;
using Conseil.Web.Infrastructure.Mail;
using Conseil.Web.Infrastructure.Search;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Data;

public class AppDb(DbContextOptions<AppDb> options, IAuditActor actor, TimeProvider clock)
    : IdentityDbContext<AppUser>(options)
{
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<College> Colleges => Set<College>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Term> Terms => Set<Term>();
    public DbSet<Seat> Seats => Set<Seat>();
    public DbSet<Mandate> Mandates => Set<Mandate>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<BodyMembership> BodyMemberships => Set<BodyMembership>();
    public DbSet<LocalCommittee> LocalCommittees => Set<LocalCommittee>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL, in exports and in the audit log.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Saves the changes and their audit entries in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SearchKeys.Refresh(this);
        var pending = Auditor.Collect(this);
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var at = clock.GetUtcNow().UtcDateTime;
        AuditEntries.AddRange(await Auditor.EntriesAsync(this, pending, actor, at, cancellationToken));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return written;
    }
}
