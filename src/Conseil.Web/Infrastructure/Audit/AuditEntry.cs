using System.ComponentModel;

namespace Conseil.Web.Infrastructure.Audit;

/// <summary>One change made in the workspace: who, when, what, before and after (JSON of scalar values).</summary>
[DisplayName("Journal des modifications")]
public class AuditEntry
{
    public long Id { get; set; }
    /// <summary>UTC. A DateTime, not DateTimeOffset: SQLite cannot order by the latter.</summary>
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }

    /// <summary>The record in words, as it was when saved ("Mandat {de-personne:12} au siège 3 du collège 2"); null before 0009.</summary>
    public string? Label { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
