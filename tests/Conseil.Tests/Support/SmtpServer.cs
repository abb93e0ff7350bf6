using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Conseil.Tests.Support;

/// <summary>A message as the SMTP server received it, decoded by Python's e-mail parser (see smtp_sink.py).</summary>
public sealed record ReceivedMail(
    string MessageId, string From, string To, string Subject, string ContentType, string? ContentLanguage,
    IReadOnlyList<ReceivedPart> Parts)
{
    public string Raw { get; init; } = "";
    public string Body(string type) => Parts.Single(p => p.Type == type).Body;
}

public sealed record ReceivedPart(string Type, string? Charset, string Body);

/// <summary>
/// A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd running Support/smtp_sink.py) writing what it
/// receives into a folder. It can be killed with SIGKILL and restarted on the same port and folder.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private Process? process;

    public int Port { get; } = FreePort();
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "conseil-tests", "smtp-" + Guid.NewGuid().ToString("N"));

    public static async Task<SmtpServer> StartAsync()
    {
        var server = new SmtpServer();
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port and folder; returns once it accepts connections.</summary>
    public async Task RestartAsync()
    {
        if (process is { HasExited: false }) throw new InvalidOperationException("Le serveur SMTP tourne déjà.");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppProcess.RepositoryRoot(), "tests", "Conseil.Tests", "Support", "smtp_sink.py"),
                     "--port", Port.ToString(), "--folder", Folder })
            start.ArgumentList.Add(argument);
        process?.Dispose();
        process = Process.Start(start) ?? throw new InvalidOperationException("python3 n'a pas démarré");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("READY", StringComparison.Ordinal)) return;
        }
        throw new InvalidOperationException("Le serveur SMTP n'a pas démarré : " + await process.StandardError.ReadToEndAsync(timeout.Token));
    }

    /// <summary>SIGKILL: the server dies at once, possibly in the middle of a message.</summary>
    public async Task KillAsync()
    {
        if (process is null || process.HasExited) return;
        process.Kill();
        await process.WaitForExitAsync();
    }

    public IReadOnlyList<ReceivedMail> Messages() =>
        !Directory.Exists(Folder) ? [] : Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages arrived; throws on timeout.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count) return messages;
            if (waited.Elapsed > timeout) throw new TimeoutException($"{messages.Count} courriel(s) reçu(s) sur {count} attendus en {timeout}.");
            await Task.Delay(50);
        }
    }

    private static ReceivedMail Read(string jsonFile) =>
        JsonSerializer.Deserialize<ReceivedMail>(File.ReadAllText(jsonFile), Json)! with { Raw = File.ReadAllText(Path.ChangeExtension(jsonFile, ".eml")) };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
