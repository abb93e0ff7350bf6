using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Conseil.Tests.Support;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// The real application as its own process (Kestrel on 127.0.0.1, a free port), built in the same
/// configuration as the tests, on a fresh database with the demo content. Its console output is kept
/// so each journey can assert that the server logged no error.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<string> ErrorsLogged => output.Where(ServerLog.IsError).ToList();

    public string Log => string.Join(Environment.NewLine, output);

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var webProject = RepositoryPaths.WebProject;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RepositoryPaths.WebAssembly, "--urls", BaseAddress.ToString(), "--contentRoot", webProject })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Conseil"] = database.ConnectionString;
        start.Environment["Conseil__DemoContent"] = "true";
        start.Environment["RateLimits__SignInPerMinute"] = "1000";
        start.Environment["RateLimits__PublicFormsPerMinute"] = "1000";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";

        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet n'a pas démarré");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue("stderr: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilReady();
    }

    private async Task WaitUntilReady()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"Le serveur s'est arrêté (code {process.ExitCode}) :\n{Log}");
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* still starting */ }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Le serveur n'a pas répondu en 60 s :\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        database.Dispose();
    }
}
