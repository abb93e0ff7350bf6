using QRCoder;

namespace Conseil.Web.Features.Accounts;

/// <summary>What an authenticator app needs: the otpauth:// address as a QR code, and the key for typing by hand.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri, string QrCodeDataUri)
{
    private const string Issuer = "Conseil HCTS";

    public static AuthenticatorSetup For(string account, string key)
    {
        var uri = $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}" +
                  $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorSetup(key, uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>The key in groups of four letters, easier to read and type.</summary>
    public string GroupedKey => string.Join(' ', Key.ToUpperInvariant().Chunk(4).Select(c => new string(c)));
}
