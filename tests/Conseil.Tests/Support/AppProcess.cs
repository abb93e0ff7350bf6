using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Conseil.Tests.Support;

/// <summary>
/// The real application as its own process (Kestrel on a free port of 127.0.0.1) on a given database, with the
/// demo content. Unlike the in-memory test host it can be killed like a crashing server: <see cref="Kill"/> sends
/// SIGKILL, so nothing gets to flush, close or roll back.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    public Uri BaseAddress { get; }
    public string Log => string.Join(Environment.NewLine, output);
    public IReadOnlyList<string> Lines => [.. output];

    /// <summary>Where this process's outbox sender drops its .eml files (the pickup transport, unless a test chose SMTP).</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "conseil-tests", "mail-" + Guid.NewGuid().ToString("N"));

    private AppProcess(TestDatabase database, IReadOnlyDictionary<string, string>? settings)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var webProject = Path.Combine(RepositoryRoot(), "src", "Conseil.Web");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { WebAssembly(webProject), "--urls", BaseAddress.ToString(), "--contentRoot", webProject })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Conseil"] = database.ConnectionString;
        start.Environment["Conseil__DemoContent"] = "true";
        start.Environment["RateLimits__SignInPerMinute"] = "1000";
        start.Environment["RateLimits__PublicFormsPerMinute"] = "1000";
        start.Environment["RateLimits__ContributionsPerTenMinutes"] = "1000";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Mail__PickupFolder"] = MailFolder;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet n'a pas démarré");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue("stderr: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <param name="settings">Environment variables for the process, e.g. Mail__Transport=Smtp.</param>
    public static async Task<AppProcess> StartAsync(
        TestDatabase database, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new AppProcess(database, settings);
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (app.process.HasExited)
                throw new InvalidOperationException($"Le serveur s'est arrêté (code {app.process.ExitCode}) :\n{app.Log}");
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { /* still starting */ }
            await Task.Delay(200, cancellationToken);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"Le serveur n'a pas répondu en 90 s :\n{app.Log}");
    }

    /// <summary>SIGKILL on Linux: the process dies mid-request, as in a power cut of the application.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The checkout's root folder, found from the test assembly's location.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Conseil.slnx"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException("Conseil.slnx introuvable au-dessus de " + AppContext.BaseDirectory);
    }

    // The web app built in the tests' configuration (tests/Conseil.Tests/bin/<Configuration>/net10.0/).
    public static string WebAssembly(string webProject)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(webProject, "bin", testOutput.Parent!.Name, testOutput.Name, "Conseil.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Construisez d'abord Conseil.Web", path);
    }
}
