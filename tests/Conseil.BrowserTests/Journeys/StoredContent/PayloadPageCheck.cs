using System.Collections.Concurrent;
using Conseil.BrowserTests.Support;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// Checks a page showing stored payloads: no payload ran (no <c>__xss</c>, no dialog) and each expected one is
/// there as text, in the title, in a form field, or in the JSON the page shows. CSP reports, console errors and
/// server errors fail the journey through <see cref="JourneyPage"/>.
/// </summary>
public sealed class PayloadPageCheck
{
    private const string MissingTexts = """
        texts => {
            const json = [];
            try { JSON.parse(document.body.textContent, (k, v) => { if (typeof v === 'string') json.push(v); return v; }); } catch { }
            const fields = [...document.querySelectorAll('input, textarea')].map(e => e.value);
            const seen = [document.title, document.body.textContent, ...json, ...fields].join('\n');
            return texts.filter(t => !seen.includes(t));
        }
        """;

    private readonly JourneyPage journey;
    private readonly ConcurrentQueue<string> dialogs = new();

    public List<string> Problems { get; } = [];

    public int PagesChecked { get; private set; }

    public PayloadPageCheck(JourneyPage journey)
    {
        this.journey = journey;
        journey.Page.Dialog += (_, dialog) =>
        {
            dialogs.Enqueue($"{dialog.Type} « {dialog.Message} » sur {journey.Page.Url}");
            _ = dialog.DismissAsync();
        };
    }

    public async Task VisitAsync(string address, IEnumerable<string> expected)
    {
        var status = (await journey.GoToAsync(address)).Status;
        await CheckCurrentAsync(address, expected, status);
    }

    public async Task CheckCurrentAsync(string address, IEnumerable<string> expected, int status = 200)
    {
        PagesChecked++;
        if (status != 200) Problems.Add($"{address} : HTTP {status}");
        if (await journey.Page.EvaluateAsync<bool>("() => window.__xss !== undefined"))
            Problems.Add($"{address} : une charge a été exécutée (window.__xss = 1)");
        foreach (var missing in await journey.Page.EvaluateAsync<string[]>(MissingTexts, expected.Distinct().ToArray()))
            Problems.Add($"{address} : texte enregistré absent de la page : {missing}");
        while (dialogs.TryDequeue(out var dialog)) Problems.Add($"{address} : boîte de dialogue ouverte : {dialog}");
    }
}
