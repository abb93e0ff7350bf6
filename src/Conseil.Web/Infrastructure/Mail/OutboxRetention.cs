using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>What the privacy rules do to the outbox: messages hold addresses and names, so none is kept for ever.</summary>
public static class OutboxRetention
{
    /// <summary>Deletes messages sent, or given up, before the cut-off. Pending ones stay: they are still to be sent.</summary>
    public static Task<int> DeleteOlderThanAsync(AppDb db, DateTime cutoff, CancellationToken ct) =>
        db.OutboxMessages
            .Where(m => (m.Status == OutboxStatus.Sent && m.SentAt < cutoff) || (m.Status == OutboxStatus.Failed && m.CreatedAt < cutoff))
            .ExecuteDeleteAsync(ct);

    /// <summary>Deletes every message addressed to one of these addresses (erasure of a person), whatever its status.</summary>
    public static Task<int> DeleteAddressedToAsync(AppDb db, IEnumerable<string?> addresses, CancellationToken ct) =>
        AddressedTo(db, addresses).ExecuteDeleteAsync(ct);

    /// <summary>Messages to any of these addresses, whatever their case (a person's own and their account's).</summary>
    public static IQueryable<OutboxMessage> AddressedTo(AppDb db, IEnumerable<string?> addresses)
    {
        var lowered = addresses.OfType<string>().Select(a => a.Trim().ToLowerInvariant()).Distinct().ToList();
        return db.OutboxMessages.Where(m => lowered.Contains(m.To.ToLower()));
    }
}
