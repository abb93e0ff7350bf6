using System.Globalization;
using System.Text;

namespace Conseil.Web.Infrastructure.Files;

/// <summary>
/// The Content-Disposition of a download (RFC 6266): an ASCII fallback "filename" that no browser misreads
/// (accents dropped, quotes, backslashes, slashes, percent signs and semicolons replaced) and the real name in
/// "filename*=UTF-8''…" (RFC 5987 percent-encoding), which every current browser prefers.
/// </summary>
public static class ContentDisposition
{
    public static string Attachment(string fileName)
    {
        var name = FileNames.Sanitize(fileName);
        return $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{Encode(name)}";
    }

    public static string AsciiFallback(string name)
    {
        var ascii = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(c switch
            {
                'œ' => "oe", 'Œ' => "OE", 'æ' => "ae", 'Æ' => "AE", 'ß' => "ss",
                '\u00A0' or '\u202F' => " ",
                '"' or '\\' or '/' or '%' or ';' => "_",
                >= ' ' and <= '~' => c.ToString(),
                _ => "_",
            });
        }
        return ascii.ToString();
    }

    // attr-char of RFC 5987: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~".
    private static string Encode(string name)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || "!#$&+-.^_`|~".Contains((char)b)) encoded.Append((char)b);
            else encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
