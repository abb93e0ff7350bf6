using Conseil.Tests.Support;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// The real application as its own process (see <see cref="AppProcess"/>) on a fresh database with the demo
/// content. Its console output is kept so each journey can assert that the server logged no error.
/// </summary>
public sealed class ServerFixture(bool withSmtp = false) : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private AppProcess app = null!;

    public Uri BaseAddress => app.BaseAddress;
    public IReadOnlyList<string> ErrorsLogged => app.Lines.Where(ServerLog.IsError).ToList();
    public string Log => app.Log;
    public TestDatabase Database => database;

    /// <summary>Where the server's outbox sender writes the .eml files (pickup transport).</summary>
    public string MailFolder => app.MailFolder;

    /// <summary>With <c>withSmtp</c>, a real SMTP server the application sends its mail to (else a pickup folder).</summary>
    public SmtpServer? Smtp { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Dictionary<string, string>? settings = null;
        if (withSmtp)
        {
            Smtp = await SmtpServer.StartAsync();
            settings = new()
            {
                ["Mail__Transport"] = "Smtp", ["Mail__Smtp__Host"] = "127.0.0.1", ["Mail__Smtp__Port"] = Smtp.Port.ToString(),
                ["Mail__Smtp__StartTls"] = "false", ["Mail__PollInterval"] = "00:00:01",
            };
        }
        app = await AppProcess.StartAsync(database, CancellationToken.None, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        if (Smtp is not null) await Smtp.DisposeAsync();
        database.Dispose();
    }
}
