using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Writes;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Meetings.Calendar;

/// <summary>What a private calendar address opens: a person's meetings or a body's.</summary>
public sealed record FeedOwner(int? PersonId, int? BodyId);

/// <summary>The secrets of the private calendar addresses: made (256 random bits), stored hashed, renewed, revoked, resolved.</summary>
public sealed class CalendarTokens(AppDb db, TimeProvider clock)
{
    public static string PathOf(string token) => $"/calendrier/{token}.ics";

    /// <summary>A new address for the owner; the previous one stops working. Returns the token, shown once.</summary>
    public async Task<string> RenewAsync(FeedOwner owner, CancellationToken ct)
    {
        await using var unit = await db.JoinOrBeginTransactionAsync(ct);
        await RemoveAsync(owner, ct);
        var token = LinkTokens.New();
        db.Set<CalendarFeed>().Add(new CalendarFeed
        {
            PersonId = owner.PersonId, BodyId = owner.BodyId, TokenHash = LinkTokens.Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await unit.CommitAsync(ct);
        return token;
    }

    /// <summary>Revokes the owner's address; false when there was none.</summary>
    public async Task<bool> RevokeAsync(FeedOwner owner, CancellationToken ct)
    {
        var revoked = await RemoveAsync(owner, ct);
        await db.SaveChangesAsync(ct);
        return revoked;
    }

    /// <summary>When the owner's current address was made, or null when they have none.</summary>
    public Task<DateTime?> ActiveSinceAsync(FeedOwner owner, CancellationToken ct) =>
        Active(owner).Select(f => (DateTime?)f.CreatedAt).FirstOrDefaultAsync(ct);

    /// <summary>The bodies that have a current address, with when it was made.</summary>
    public Task<Dictionary<int, DateTime>> ActiveBodiesAsync(CancellationToken ct) =>
        db.Set<CalendarFeed>().AsNoTracking().Where(f => f.BodyId != null)
            .ToDictionaryAsync(f => f.BodyId!.Value, f => f.CreatedAt, ct);

    /// <summary>What a token opens, or null for an unknown or revoked one.</summary>
    public async Task<FeedOwner?> ResolveAsync(string token, CancellationToken ct)
    {
        if (!LinkTokens.Plausible(token)) return null;
        var hash = LinkTokens.Hash(token);
        return await db.Set<CalendarFeed>().AsNoTracking().Where(f => f.TokenHash == hash)
            .Select(f => new FeedOwner(f.PersonId, f.BodyId)).FirstOrDefaultAsync(ct);
    }

    private async Task<bool> RemoveAsync(FeedOwner owner, CancellationToken ct)
    {
        var active = await Active(owner).AsTracking().ToListAsync(ct);
        db.Set<CalendarFeed>().RemoveRange(active);
        return active.Count > 0;
    }

    private IQueryable<CalendarFeed> Active(FeedOwner owner) => db.Set<CalendarFeed>().AsNoTracking()
        .Where(f => f.PersonId == owner.PersonId && f.BodyId == owner.BodyId);
}
