using System.Text.Json;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>JSON API calls carrying the signed-in page's cookies, so they pass the two-factor requirement.</summary>
public sealed class PayloadApi(IPage page)
{
    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await page.APIRequest.GetAsync(path);
        response.Status.ShouldBe(200, path);
        return (await response.JsonAsync())!.Value;
    }

    public async Task<JsonElement> SendAsync(string method, string path, object body)
    {
        var response = await page.APIRequest.FetchAsync(path, new() { Method = method, DataObject = body });
        response.Status.ShouldBeOneOf([200, 201], $"{method} {path} : {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    public async Task<int> CreateAsync(string path, object body) =>
        (await SendAsync("POST", path, body)).GetProperty("id").GetInt32();
}
