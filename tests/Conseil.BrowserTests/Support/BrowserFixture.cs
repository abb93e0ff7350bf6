using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Support;

/// <summary>
/// One server and one Debian Chromium for the whole run (never a downloaded browser); each journey
/// opens its own context through <see cref="OpenAsync"/>.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public BrowserFixture()
        : this(withSmtp: false)
    {
    }

    protected BrowserFixture(bool withSmtp) => Server = new(withSmtp);

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public ServerFixture Server { get; }

    /// <summary>Authenticator keys of the accounts enrolled on this server, by address, for later sign-ins.</summary>
    public ConcurrentDictionary<string, string> AuthenticatorKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        // The driver ships in the NuGet package; browsers are never downloaded.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await Server.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A fresh page in a fresh context (own cookies), watching console errors and CSP violations.</summary>
    public async Task<JourneyPage> OpenAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            Locale = "fr-FR",
        });
        context.SetDefaultTimeout(15_000);
        return await JourneyPage.CreateAsync(context, Server);
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserJourneys : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Navigateur";
}

/// <summary>
/// Its own server (fresh database), so the secretariat's first sign-in is certain to meet the enrolment,
/// whatever order the other journeys, which sign the secretariat in too, run in.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FirstSignInJourneys : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Navigateur – première connexion";
}

/// <summary>A server that sends its mail to a real SMTP server (python3-aiosmtpd), for the accounts journeys.</summary>
public sealed class SmtpBrowserFixture : BrowserFixture
{
    public SmtpBrowserFixture()
        : base(withSmtp: true)
    {
    }
}

/// <summary>Its own server whose mail goes through real SMTP: invitations, forgotten passwords, two-factor resets.</summary>
[CollectionDefinition(Name)]
public sealed class AccountJourneys : ICollectionFixture<SmtpBrowserFixture>
{
    public const string Name = "Navigateur – comptes et courriels";
}

/// <summary>Its own server, so the payloads stored everywhere never meet the other journeys' expectations.</summary>
[CollectionDefinition(Name)]
public sealed class StoredContentJourneys : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Navigateur – contenu piégé";
}
