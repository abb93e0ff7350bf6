using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Conseil.Tests.Guards;

/// <summary>
/// Generates exactly <see cref="Budget"/> malformed requests for one endpoint from its known fields and file
/// fields: the transport cases always, then every field (and every file field) in turn, each with the next bad
/// value, so a small budget still reaches every field with varied values and tries every value on some field.
/// The suite's budget is 100 per endpoint; CONSEIL_BATTERY_CASES=1000 is the long run.
/// </summary>
public static class BadRequests
{
    public static int Budget => int.TryParse(Environment.GetEnvironmentVariable("CONSEIL_BATTERY_CASES"), out var n) && n > 0 ? n : 100;

    public sealed record Case(string Description, Func<HttpRequestMessage> Build);

    public static IEnumerable<Case> For(string method, string url, IReadOnlyList<string> fields, string? token, bool isApi, IReadOnlyList<string> files)
    {
        var keys = fields.Concat(BadValues.CommonKeys).Distinct().ToList();
        var cases = Transport(method, url, token, fields).ToList();
        // Case i goes to the next field in turn with value i + i / |values|: any |values| cases in a row try every
        // value, and each round gives a field another value, whatever the number of fields.
        var perRound = keys.Count + files.Count;
        var values = BadValues.All.Count;
        for (var i = 0; cases.Count < Budget; i++)
        {
            var slot = i % perRound;
            var value = BadValues.All[(i + i / values) % values];
            cases.Add(slot < keys.Count
                ? One(method, url, keys[slot], value, token, isApi, fields)
                : new($"fichier {files[slot - keys.Count]} {Short(value)}", () => Multipart(url, token, files[slot - keys.Count], value)));
        }
        return cases.Take(Budget);
    }

    private static Case One(string method, string url, string key, string value, string? token, bool isApi, IReadOnlyList<string> fields)
    {
        var description = $"{key} = {Short(value)}";
        if (method == "GET" || method == "DELETE" || !fields.Contains(key))
            return new(description, () => new HttpRequestMessage(new HttpMethod(method), WithQuery(url, key, value)) { Content = Body(method, token, isApi, fields, null, null) });
        return new(description, () => new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(method, token, isApi, fields, key, value) });
    }

    // Every field present with a plausible value, except the one under test.
    private static StringContent? Body(string method, string? token, bool isApi, IReadOnlyList<string> fields, string? key, string? value)
    {
        if (method is "GET" or "DELETE") return null;
        var values = fields.ToDictionary(f => f, f => f == key ? value! : "1");
        if (isApi) return new StringContent(JsonSerializer.Serialize(values), Encoding.UTF8, "application/json");
        if (token is not null) values["__RequestVerificationToken"] = token;
        return Form(values);
    }

    // Built by hand: FormUrlEncodedContent cannot encode broken UTF-16, which a client can still send.
    private static StringContent Form(IEnumerable<KeyValuePair<string, string>> values) =>
        new(string.Join('&', values.Select(v => Escape(v.Key) + "=" + Escape(v.Value))), Encoding.ASCII, "application/x-www-form-urlencoded");

    private static string Escape(string value)
    {
        try
        {
            return Uri.EscapeDataString(value);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80"; // a lone surrogate, as the UTF-8 bytes a client would send
        }
    }

    private static IEnumerable<Case> Transport(string method, string url, string? token, IReadOnlyList<string> fields)
    {
        if (method is "GET" or "DELETE") yield break;
        var m = new HttpMethod(method);
        yield return new("corps UTF-8 invalide (formulaire)", () => new(m, url) { Content = Raw([0x61, 0x3D, 0xC3, 0x28, 0xFF], "application/x-www-form-urlencoded") });
        yield return new("corps UTF-8 invalide (JSON)", () => new(m, url) { Content = Raw([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D], "application/json") });
        yield return new("type de contenu XML", () => new(m, url) { Content = new StringContent("<a>1</a>", Encoding.UTF8, "application/xml") });
        yield return new("type de contenu texte", () => new(m, url) { Content = new StringContent("a=1", Encoding.UTF8, "text/plain") });
        yield return new("corps vide", () => new(m, url));
        yield return new("JSON tableau", () => new(m, url) { Content = new StringContent("[1,2,3]", Encoding.UTF8, "application/json") });
        yield return new("JSON tronqué", () => new(m, url) { Content = new StringContent("{\"a\": ", Encoding.UTF8, "application/json") });
        yield return new("JSON profond", () => new(m, url) { Content = new StringContent(new string('[', 5000) + new string(']', 5000), Encoding.UTF8, "application/json") });
        yield return new("champ inconnu", () => new(m, url) { Content = new StringContent("{\"inconnu\": 1, \"__proto__\": {}}", Encoding.UTF8, "application/json") });
        yield return new("sans jeton antiforgery", () => new(m, url) { Content = Form(fields.ToDictionary(f => f, _ => "1")) });
        yield return new("jeton antiforgery faux", () => new(m, url) { Content = Form([new("__RequestVerificationToken", "faux")]) });
        yield return new("jeton antiforgery en double", () => new(m, url)
        {
            Content = Form([new("__RequestVerificationToken", token ?? "x"), new("__RequestVerificationToken", "faux")]),
        });
        yield return new("corps de 1 Mo", () => new(m, url) { Content = Form([new("__RequestVerificationToken", token ?? "x"), new("a", new string('x', 1_000_000))]) });
    }

    private static ByteArrayContent Raw(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static HttpRequestMessage Multipart(string url, string? token, string field, string value)
    {
        var form = new MultipartFormDataContent();
        if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(BadCsv(value))), field, FileName(value));
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
    }

    // The import template's header, so the file passes the header check and the value reaches every column's reader.
    private static string BadCsv(string value)
    {
        var header = Conseil.Web.Features.Roster.RosterColumns.Template().Split("\r\n")[0];
        return header + "\r\n" + string.Join(';', Enumerable.Repeat(value, header.Split(';').Length)) + "\r\n";
    }

    // The value as a file name when HTTP can carry it (HttpClient refuses control characters there).
    private static string FileName(string value) =>
        value.Length <= 200 && value.All(c => c >= ' ' && c != '"' && !char.IsSurrogate(c)) ? value + ".csv" : "liste.csv";

    private static string WithQuery(string url, string key, string value) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Escape(key) + "=" + Escape(Trim(value));

    // Addresses are bounded by the server (and by reason): 1 MB values travel in bodies, 8 KB in the query.
    private static string Trim(string value) => value.Length > 8000 ? value[..8000] : value;

    private static string Short(string value) => value.Length > 30 ? $"{value[..12]}… ({value.Length} car.)" : value;
}
