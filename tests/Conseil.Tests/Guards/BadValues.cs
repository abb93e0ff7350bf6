namespace Conseil.Tests.Guards;

/// <summary>The values a hostile or clumsy client sends, and the markers that must never come back unescaped.</summary>
public static class BadValues
{
    public const string ScriptMarker = "<script>alert('conseil')</script>";
    public const string AttributeMarker = "\"><svg onload=alert('conseil')>";

    public static readonly IReadOnlyList<string> All =
    [
        new string('A', 1_000_000),
        string.Concat(Enumerable.Repeat("é😀", 2000)),
        "\0", "abc\0def", "\u202Egnp.exe", "nom\u2066caché\u2069", "\u0007\u001b[31m", "\uD800", "\uFFFF",
        "1e20", "100000000000000000000", "-1", "-999999999999", "0", "2147483648", "-2147483649", "NaN", "Infinity", "0x10",
        "31/02/2025", "2025-02-31", "0000-00-00", "9999-99-99", "2025-13-01", "hier",
        "", " ", "null", "true", "[]", "{}", "%00", "%ZZ",
        ScriptMarker, AttributeMarker, "'; DROP TABLE \"People\"; --", "../../../../etc/passwd", "\r\n\r\nSet-Cookie: volé=1",
        "javascript:alert(1)", "//exemple.invalid/", "${7*7}{{7*7}}",
    ];

    /// <summary>Query keys tried on every endpoint besides its own fields: paging, filters, redirects.</summary>
    public static readonly IReadOnlyList<string> CommonKeys =
        ["page", "pageSize", "q", "Q", "date", "returnUrl", "ReturnUrl", "seatId", "Type", "Author", "From", "To", "handler", "id"];
}
