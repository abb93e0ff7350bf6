using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// A page for one journey. Disposing it closes the context and fails the journey if the browser saw a
/// console error or a Content-Security-Policy violation, or if the server logged an error meanwhile.
/// </summary>
public sealed class JourneyPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ServerFixture server;
    private readonly int serverErrorsBefore;
    private readonly ConcurrentQueue<string> browserProblems = new();

    public IPage Page { get; }

    private JourneyPage(IBrowserContext context, IPage page, ServerFixture server)
    {
        this.context = context;
        this.server = server;
        Page = page;
        serverErrorsBefore = server.ErrorsLogged.Count;
        page.Console += (_, message) =>
        {
            // Failed loads are reported below with their address; a journey asserts its own navigation's status.
            if (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) return;
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                browserProblems.Enqueue($"console {message.Type}: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
                browserProblems.Enqueue($"HTTP {response.Status} {response.Url}");
        };
        page.PageError += (_, error) => browserProblems.Enqueue("page error: " + error);
    }

    public static async Task<JourneyPage> CreateAsync(IBrowserContext context, ServerFixture server)
    {
        // securitypolicyviolation events reach this binding even when a policy blocks inline scripts.
        var journey = new JourneyPage(context, await context.NewPageAsync(), server);
        await context.ExposeFunctionAsync("__reportCspViolation", (string text) => journey.browserProblems.Enqueue("CSP: " + text));
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.__reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));");
        return journey;
    }

    public async Task<IResponse> GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException("Pas de réponse pour " + path);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return response;
    }

    public Task AssertAccessibleAsync() => Axe.AssertNoViolationsAsync(Page);

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        browserProblems.ShouldBeEmpty("le navigateur a signalé :\n" + string.Join("\n", browserProblems));
        server.ErrorsLogged.Skip(serverErrorsBefore).ShouldBeEmpty("le serveur a journalisé une erreur");
    }
}
