using System.Text.RegularExpressions;

namespace Conseil.Tests.Support;

/// <summary>Posts a form the way a browser does: fetch the page, take its antiforgery token, send the fields.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string pageUrl, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenPattern().Match(page);
        if (!token.Success) throw new InvalidOperationException($"Pas de jeton antiforgery sur {pageUrl}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
