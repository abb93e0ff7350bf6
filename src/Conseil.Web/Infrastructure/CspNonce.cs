using System.Security.Cryptography;

namespace Conseil.Web.Infrastructure;

/// <summary>A fresh nonce per request, for the few inline blocks the CSP allows.</summary>
public sealed class CspNonce
{
    private readonly string value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

    /// <summary>For markup (<c>nonce="@Nonce.Value"</c>): reading it marks the response as not cacheable.</summary>
    public string Value
    {
        get
        {
            Rendered = true;
            return value;
        }
    }

    /// <summary>Whether the body carries the nonce: the output cache then refuses to store the page.</summary>
    public bool Rendered { get; private set; }

    /// <summary>For the Content-Security-Policy header, which is written afresh on every response, cached or not.</summary>
    public string HeaderValue => value;
}
