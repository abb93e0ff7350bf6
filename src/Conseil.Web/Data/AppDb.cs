using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Contributions;
using Conseil.Web.Features.Deliverables;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Features.Meetings;
using Conseil.Web.Features.Meetings.Replies;
using Conseil.Web.Features.Meetings.Votes;
using Conseil.Web.Features.Network;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Features.Programme;
using Conseil.Web.Features.WorkingGroups;
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
    public DbSet<WorkProgramme> WorkProgrammes => Set<WorkProgramme>();
    public DbSet<Axis> Axes => Set<Axis>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierQuestion> DossierQuestions => Set<DossierQuestion>();
    public DbSet<DossierMinistry> DossierMinistries => Set<DossierMinistry>();
    public DbSet<DossierTheme> DossierThemes => Set<DossierTheme>();
    public DbSet<DossierMove> DossierMoves => Set<DossierMove>();
    public DbSet<DossierDocument> DossierDocuments => Set<DossierDocument>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<Hearing> Hearings => Set<Hearing>();
    public DbSet<HearingParticipant> HearingParticipants => Set<HearingParticipant>();
    public DbSet<HearingTheme> HearingThemes => Set<HearingTheme>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<ContributionAttachment> ContributionAttachments => Set<ContributionAttachment>();
    public DbSet<ContributionCall> ContributionCalls => Set<ContributionCall>();
    public DbSet<Deliverable> Deliverables => Set<Deliverable>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<CallForCandidates> CallsForCandidates => Set<CallForCandidates>();
    public DbSet<Candidacy> Candidacies => Set<Candidacy>();
    public DbSet<GroupThread> GroupThreads => Set<GroupThread>();
    public DbSet<GroupPost> GroupPosts => Set<GroupPost>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<ConvocationReply> ConvocationReplies => Set<ConvocationReply>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<Ballot> Ballots => Set<Ballot>();
    public DbSet<ConflictOfInterest> ConflictsOfInterest => Set<ConflictOfInterest>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<PendingNotification> PendingNotifications => Set<PendingNotification>();
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
