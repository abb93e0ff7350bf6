using System.Security.Cryptography;

namespace Conseil.Web.Infrastructure;

/// <summary>A fresh nonce per request, for the few inline blocks the CSP allows.</summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
}
