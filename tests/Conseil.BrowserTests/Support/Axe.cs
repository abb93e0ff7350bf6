using Conseil.Tests.Support;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// axe-core from node_modules, injected through the DevTools protocol (so the page's CSP does not
/// block it) and run on the whole document.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppProcess.RepositoryRoot(), "node_modules", "axe-core", "axe.min.js")));

    public sealed record Violation(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("impact")] string? Impact,
        [property: JsonPropertyName("help")] string Help,
        [property: JsonPropertyName("nodes")] IReadOnlyList<ViolationNode> Nodes)
    {
        public override string ToString() =>
            $"{Id} ({Impact}) : {Help} → {string.Join(" | ", Nodes.Select(n => string.Join(" ", n.Target)))}";
    }

    public sealed record ViolationNode([property: JsonPropertyName("target")] IReadOnlyList<JsonElement> Target);

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify((await axe.run(document)).violations)");
        return JsonSerializer.Deserialize<List<Violation>>(json) ?? [];
    }

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await RunAsync(page);
        violations.ShouldBeEmpty($"axe-core sur {page.Url} :\n" + string.Join("\n", violations));
    }
}
