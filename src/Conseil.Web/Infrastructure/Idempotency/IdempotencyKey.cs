using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace Conseil.Web.Infrastructure.Idempotency;

/// <summary>The Idempotency-Key header: its rules and the fingerprint of the request it is sent with.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 100;

    /// <summary>One value of 1 to 100 printable ASCII characters (space to tilde).</summary>
    public static bool IsValid(StringValues values) =>
        values is [{ Length: > 0 and <= MaxLength } key] && key.All(c => c is >= ' ' and <= '~');

    /// <summary>Reads the body once to hash it, then rewinds it for the endpoint's model binding.</summary>
    public static async Task<string> HashBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, cancellationToken);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }
}
