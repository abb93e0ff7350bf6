using Conseil.Web.Features.AuditLog;

namespace Conseil.Web.Features.Privacy;

/// <summary>
/// The access export of one person, as JSON and as a readable page. Keys are stable; the values meant for the person
/// are French words ("Femme", "Titulaire", "En cours"); dates stay ISO in JSON and read in French on the page.
/// </summary>
public sealed record PersonExport(
    DateTimeOffset GeneratedAt,
    string Controller,
    PersonRecord Person,
    IReadOnlyList<MandateExport> Mandates,
    IReadOnlyList<OfficeExport> Offices,
    IReadOnlyList<MembershipExport> BodyMemberships,
    IReadOnlyList<AccountExport> Accounts,
    IReadOnlyList<AuditExport> AuditEntries,
    IReadOnlyList<MailExport> Mails)
{
    public IReadOnlyList<GroupMembershipExport> GroupMemberships { get; init; } = [];
    public IReadOnlyList<CandidacyExport> Candidacies { get; init; } = [];
    public IReadOnlyList<GroupPostExport> GroupPosts { get; init; } = [];
    public IReadOnlyList<AmendmentExport> Amendments { get; init; } = [];
    public IReadOnlyList<NotificationPreferenceExport> NotificationPreferences { get; init; } = [];
    public IReadOnlyList<PendingNotificationExport> PendingNotifications { get; init; } = [];
    public IReadOnlyList<AttendanceExport> Attendances { get; init; } = [];
    public IReadOnlyList<ConvocationReplyExport> ConvocationReplies { get; init; } = [];
    public IReadOnlyList<BallotExport> Ballots { get; init; } = [];
    public IReadOnlyList<ConflictOfInterestExport> ConflictsOfInterest { get; init; } = [];
    public IReadOnlyList<MinutesRemarkExport> MinutesRemarks { get; init; } = [];
    public IReadOnlyList<WrittenBallotExport> WrittenBallots { get; init; } = [];
    public IReadOnlyList<CalendarFeedExport> CalendarFeeds { get; init; } = [];
}

public sealed record PersonRecord(int Id, string GivenName, string FamilyName, string Gender, string? Email, bool IsDemo);

public sealed record MandateExport(
    int Id, int CollegeNumber, string College, int SeatNumber, string Seat, string Term, string? Organisation,
    string Role, DateOnly StartDate, DateOnly EndDate, string AppointingAct, string Status);

public sealed record OfficeExport(int Id, string Kind, DateOnly StartDate, DateOnly? EndDate, string Note);

public sealed record MembershipExport(int Id, string Body, string Role, DateOnly StartDate, DateOnly? EndDate);

/// <summary>A place in a working group, with the group's dates.</summary>
public sealed record GroupMembershipExport(int Id, string Group, string Role, DateOnly StartDate, DateOnly? GroupClosedOn);

/// <summary>A candidacy to a working group's call, with its motivation and the decision.</summary>
public sealed record CandidacyExport(int Id, string Group, DateTime SubmittedAt, string Motivation, string Decision);

/// <summary>A message they wrote in a group's discussion thread.</summary>
public sealed record GroupPostExport(int Id, string Group, string Thread, DateTime At, string Text);

/// <summary>An amendment they proposed to a deliverable's draft, with its justification and its fate.</summary>
public sealed record AmendmentExport(int Id, string Deliverable, int Number, string Target, DateTime ProposedAt, string ProposedText, string Justification, string Status);

/// <summary>A private calendar address: when it was made (its secret is not stored, only its hash).</summary>
public sealed record CalendarFeedExport(int Id, DateTime CreatedAt);

/// <summary>A line of a meeting's attendance sheet about them: their own attendance, or a proxy they held for another member.</summary>
public sealed record AttendanceExport(int Id, string Body, DateTime StartsAt, string Person, string Presence, string? ProxyHolder);

/// <summary>An answer to a convocation about them: their own, or a proxy given to them.</summary>
public sealed record ConvocationReplyExport(int Id, string Body, DateTime StartsAt, string Person, string Answer, string? ProxyHolder, DateTime RepliedAt);

/// <summary>A vote counted on an agenda item: their own, or one they cast as a proxy holder; the choice once cast.</summary>
public sealed record BallotExport(int Id, string Body, DateTime StartsAt, string Item, string Person, string CastBy, string? Choice);

/// <summary>A conflict of interest they declared on an agenda item.</summary>
public sealed record ConflictOfInterestExport(int Id, string Body, DateTime StartsAt, string Item, DateTime DeclaredAt);

/// <summary>A remark they made on a circulated procès-verbal, on an agenda item (null: the whole text).</summary>
public sealed record MinutesRemarkExport(int Id, string Body, DateTime StartsAt, string? Item, DateTime MadeAt, string Text);

/// <summary>A vote they were called to by written procedure: the proposal's object, their choice once cast (null: not cast).</summary>
public sealed record WrittenBallotExport(int Id, string Body, string Consultation, DateTime ClosesAt, string? Choice, DateTime? CastAt);

/// <summary>How they hear of their groups' news (the unsubscribe link's secret is not exported).</summary>
public sealed record NotificationPreferenceExport(string Mode);

/// <summary>A piece of news waiting for their daily digest.</summary>
public sealed record PendingNotificationExport(DateTime CreatedAt, string Text, string Link);

/// <summary>The account, without its password hash, security stamp or authenticator key; roles in French.</summary>
public sealed record AccountExport(
    string Id, string? Email, string DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, DateTimeOffset? LockedUntil);

/// <summary>A message of the outbox sent to one of their addresses (its text, unless erased once sent).</summary>
public sealed record MailExport(
    string MessageId, string To, string Subject, string Status, DateTime CreatedAt, DateTime? SentAt, string TextBody);

/// <summary>An entry of the journal about their records, as the journal reads it: the record in words, its changes in French.</summary>
public sealed record AuditExport(
    DateTime At, string Author, string EntityType, string EntityId, string Action, string Type, string Record,
    IReadOnlyList<AuditChange> Changes);
