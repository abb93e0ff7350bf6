using Conseil.Web.Features.Composition;
using Conseil.Web.Infrastructure.Mail;

namespace Conseil.Web.Features.Privacy;

/// <summary>The access export of one person, serialized as JSON.</summary>
public sealed record PersonExport(
    DateTimeOffset GeneratedAt,
    string Controller,
    PersonRecord Person,
    IReadOnlyList<MandateExport> Mandates,
    IReadOnlyList<OfficeExport> Offices,
    IReadOnlyList<MembershipExport> BodyMemberships,
    IReadOnlyList<AccountExport> Accounts,
    IReadOnlyList<AuditExport> AuditEntries,
    IReadOnlyList<MailExport> Mails);

public sealed record PersonRecord(int Id, string GivenName, string FamilyName, Gender Gender, string? Email, bool IsDemo);

public sealed record MandateExport(
    int Id, int CollegeNumber, string College, int SeatNumber, string Seat, string Term, string? Organisation,
    MandateRole Role, DateOnly StartDate, DateOnly EndDate, string AppointingAct, MandateStatus Status);

public sealed record OfficeExport(int Id, OfficeKind Kind, DateOnly StartDate, DateOnly? EndDate, string Note);

public sealed record MembershipExport(int Id, string Body, BodyRole Role, DateOnly StartDate, DateOnly? EndDate);

/// <summary>The account, without its password hash, security stamp or authenticator key.</summary>
public sealed record AccountExport(
    string Id, string? Email, string DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, DateTimeOffset? LockedUntil);

/// <summary>A message of the outbox sent to one of their addresses (its text, unless erased once sent).</summary>
public sealed record MailExport(
    string MessageId, string To, string Subject, OutboxStatus Status, DateTime CreatedAt, DateTime? SentAt, string TextBody);

public sealed record AuditExport(
    DateTime At, string Author, string EntityType, string EntityId, string Action, string? Before, string? After);
