using Conseil.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Conseil.Tests.Support;

/// <summary>
/// The real application over HTTP, on its own fresh database (SQLite file or PostgreSQL database),
/// with the reference data and, unless told otherwise, the demo content. A host started with the default clock and
/// settings starts on a copy of a database migrated and seeded once per test run (<see cref="SeededDatabases"/>):
/// its startup then finds everything in place, as the application does when it restarts.
/// </summary>
public class ConseilFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private TestDatabase? database;
    public FixedClock Clock { get; } = new(DefaultNow);
    public bool DemoContent { get; init; } = true;
    public Dictionary<string, string?> Settings { get; } = [];
    public DatabaseProvider Provider => database?.Provider ?? TestDatabase.CurrentProvider;
    public ErrorLog Errors { get; } = new();
    public string ConnectionString => Database.ConnectionString;

    /// <summary>False for the host that seeds a template: it starts on an empty database.</summary>
    internal bool FromTemplate { get; init; } = true;

    /// <summary>The database, chosen at the first use: a seeded copy when nothing set differs from the template's host.</summary>
    private TestDatabase Database => database ??= FromTemplate && Settings.Count == 0 && Clock.Now == DefaultNow
        ? SeededDatabases.CopyFor(DemoContent, FilesFolder)
        : new TestDatabase();

    /// <summary>Hands the database and the stored files over (to become a template): disposing the factory leaves them.</summary>
    internal (TestDatabase Database, string Files) Detach()
    {
        var detached = Database;
        database = null;
        detaching = true;
        return (detached, FilesFolder);
    }

    private bool detaching;

    /// <summary>This host's own pickup folder: .eml files land here when a test sends through the default transport.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "conseil-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>This host's own file store (Files:Root): uploads never land in the source tree's App_Data.</summary>
    public string FilesFolder { get; } = Path.Combine(Path.GetTempPath(), "conseil-tests", "files-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Conseil", Database.ConnectionString);
        builder.UseSetting("Conseil:DemoContent", DemoContent ? "true" : "false");
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("RateLimits:PublicFormsPerMinute", "1000");
        builder.UseSetting("RateLimits:ContributionsPerTenMinutes", "1000");
        // Tests apply the retention rules themselves, with a moved clock.
        builder.UseSetting("Privacy:Retention:JobEnabled", "false");
        // Tests send the outbox themselves (OutboxSender.SendDueAsync), with a moved clock.
        builder.UseSetting("Mail:SenderEnabled", "false");
        // Tests run the daily notifications themselves (NotificationDigest.RunAsync), with a moved clock.
        builder.UseSetting("Notifications:JobEnabled", "false");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Files:Root", FilesFolder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestAuthenticationHandler.SchemeName);
        });
    }

    /// <summary>A client acting as the given role (see <see cref="TestAuthenticationHandler"/>), or anonymous when null.</summary>
    public HttpClient CreateClientAs(string? role, string? userId = null)
    {
        var client = CreateBrowserLikeClient();
        if (role is not null) client.DefaultRequestHeaders.Add(TestAuthenticationHandler.RoleHeader, role);
        if (userId is not null) client.DefaultRequestHeaders.Add(TestAuthenticationHandler.UserHeader, userId);
        return client;
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !detaching) database?.Dispose();
        if (disposing && Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
        if (disposing && !detaching && Directory.Exists(FilesFolder)) Directory.Delete(FilesFolder, recursive: true);
    }
}
