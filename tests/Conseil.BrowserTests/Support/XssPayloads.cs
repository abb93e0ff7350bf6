namespace Conseil.BrowserTests.Support;

/// <summary>
/// Markup, attribute, URL, template and script-string injections, each short enough for the tightest stored
/// field (a term's name, 60 characters). A page that runs one sets <c>window.__xss</c>.
/// </summary>
public static class XssPayloads
{
    public static readonly IReadOnlyList<string> All =
    [
        "<script>window.__xss=1</script>",
        "\"><img src=x onerror=\"window.__xss=1\">",
        "<svg onload=window.__xss=1>",
        "javascript:window.__xss=1",
        "<a href=\"javascript:window.__xss=1\">x</a>",
        "{{constructor.constructor('window.__xss=1')()}}",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\">",
        "</title><script>window.__xss=1</script>",
        "'-window.__xss=1-'",
        "<style>@import 'x'</style>",
    ];

    /// <summary>An address the e-mail validation accepts (one @, not at either end) that still carries the payload.</summary>
    public static string AsEmail(string payload) => payload.Replace("@", "", StringComparison.Ordinal) + "@exemple.fr";
}
