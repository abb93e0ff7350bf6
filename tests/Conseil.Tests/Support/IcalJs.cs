using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Conseil.Tests.Support;

/// <summary>An event as ical.js reads it: times as it resolves them (start in its zone, start and end in UTC).</summary>
public sealed record ParsedEvent(string Uid, int Sequence, string? Status, string Summary, string? Location, string? Description, string? Url,
    string? Tzid, string Start, string StartUtc, string EndUtc, string? Organizer, string? Attendee);

public sealed record ParsedCalendar(string? Method, string Version, string Prodid, IReadOnlyList<ParsedEvent> Events);

/// <summary>
/// Parses iCalendar text with the npm package ical.js (node_modules at the checkout's root, as axe-core for the
/// browser tests), through node and Support/parse_ics.mjs. A parse error fails the test with ical.js's message.
/// </summary>
public static class IcalJs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ParsedCalendar> ParseAsync(string ics)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppProcess.RepositoryRoot(), StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppProcess.RepositoryRoot(), "tests", "Conseil.Tests", "Support", "parse_ics.mjs"));
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node n'a pas démarré");
        await node.StandardInput.WriteAsync(ics);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0) throw new InvalidOperationException($"ical.js refuse ce calendrier : {await error}\n{ics}");
        return JsonSerializer.Deserialize<ParsedCalendar>(await output, Json)!;
    }
}
