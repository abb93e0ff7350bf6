using System.Security.Cryptography;
using System.Text;

namespace Conseil.Web.Features.Meetings;

/// <summary>
/// The secrets carried by personal links (a private calendar address, a vote by written procedure): 256 random bits,
/// written in base64url, stored only as their SHA-256.
/// </summary>
public static class LinkTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether a token read from an address may be one (43 characters), before it is hashed and looked up.</summary>
    public static bool Plausible(string token) => token.Length is >= 20 and <= 100;
}
