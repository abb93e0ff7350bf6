using Conseil.Tests.Support;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// The real application as its own process (see <see cref="AppProcess"/>) on a fresh database with the demo
/// content. Its console output is kept so each journey can assert that the server logged no error.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private AppProcess app = null!;

    public Uri BaseAddress => app.BaseAddress;
    public IReadOnlyList<string> ErrorsLogged => app.Lines.Where(ServerLog.IsError).ToList();
    public string Log => app.Log;
    public TestDatabase Database => database;

    /// <summary>Where the server's outbox sender writes the .eml files (pickup transport).</summary>
    public string MailFolder => app.MailFolder;

    public async ValueTask InitializeAsync() => app = await AppProcess.StartAsync(database, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }
}
