using System.Security.Cryptography;
using System.Text;
using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Accounts;

/// <summary>Issues and checks the single-use links of invitations (7 days) and forgotten passwords (1 hour).</summary>
public sealed class AccountTokens(AppDb db, TimeProvider clock)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan PasswordResetLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// A new 256-bit token for the user, added to the unit of work (saved with the caller's changes). Earlier
    /// unused links of the same purpose stop working: only the latest message counts.
    /// </summary>
    public async Task<string> IssueAsync(string userId, AccountTokenPurpose purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var earlier = await db.Set<AccountToken>()
            .Where(t => t.UserId == userId && t.Purpose == purpose && t.UsedAt == null && t.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        foreach (var token in earlier) token.ExpiresAt = now;
        var value = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.Add(new AccountToken
        {
            UserId = userId, Purpose = purpose, TokenHash = Hash(value), CreatedAt = now,
            ExpiresAt = now + (purpose == AccountTokenPurpose.Invitation ? InvitationLifetime : PasswordResetLifetime),
        });
        return value;
    }

    /// <summary>The token's record when it exists, is unused and has not expired; null otherwise.</summary>
    public async Task<AccountToken?> FindValidAsync(string? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 100) return null;
        var hash = Hash(value);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.Set<AccountToken>().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        return token is { UsedAt: null } && token.ExpiresAt > now ? token : null;
    }

    public void MarkUsed(AccountToken token) => token.UsedAt = clock.GetUtcNow().UtcDateTime;

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
