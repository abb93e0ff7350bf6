using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Conseil.Web.Infrastructure.Idempotency;

/// <summary>
/// The answer given to one API write sent with an Idempotency-Key, kept so a retry gets the same answer.
/// Only ever committed together with the write it answers, so a stored row is always complete.
/// </summary>
public class IdempotencyRecord
{
    public required string UserId { get; set; }
    public required string Key { get; set; }
    public required string Method { get; set; }
    public required string Path { get; set; }

    /// <summary>SHA-256 of the request body, in hexadecimal: the same key with another body is refused.</summary>
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string ResponseBody { get; set; } = "";

    /// <summary>UTC. A DateTime, not DateTimeOffset: SQLite cannot order by the latter.</summary>
    public DateTime CreatedAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        // The key is unique per user: two clients choosing the same key never see each other's answers.
        b.HasKey(x => new { x.Key, x.UserId });
        b.Property(x => x.Key).HasMaxLength(IdempotencyKey.MaxLength);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Method).HasMaxLength(10);
        b.Property(x => x.Path).HasMaxLength(400);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(400);
        b.HasIndex(x => x.CreatedAt);
    }
}
