using Conseil.BrowserTests.Support;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// The secretariat follows the outbox of the real server process: a message it sends by itself (to its pickup
/// folder), and a failed one put back in the queue with "Renvoyer". Each page passes axe.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class OutboxJourney(BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_sees_a_message_sent_and_resends_a_failed_one()
    {
        var (sent, failed) = await AddMessagesAsync();
        await using var journey = await browser.OpenAsync();
        await SignIn.AsAsync(browser, journey);

        await journey.Page.GetByRole(AriaRole.Link, new() { Name = "Courriels envoyés" }).ClickAsync();
        await journey.Page.WaitForURLAsync("**/espace/courriels");
        await WaitForStatusAsync(journey, $"/espace/courriels/{sent.Id}", "Envoyé");
        Directory.GetFiles(browser.Server.MailFolder, "*.eml")
            .ShouldContain(f => File.ReadAllText(f).Contains("Message-ID: " + sent.MessageId, StringComparison.Ordinal));
        await journey.GoToAsync("/espace/courriels?statut=echec");
        await journey.AssertAccessibleAsync();

        await journey.GoToAsync($"/espace/courriels/{failed.Id}");
        await journey.AssertAccessibleAsync();
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = "Renvoyer" }).ClickAsync();
        (await journey.Page.Locator(".fr-alert--success").InnerTextAsync()).ShouldContain("remis dans la file d'envoi");
        await journey.AssertAccessibleAsync();
        await WaitForStatusAsync(journey, $"/espace/courriels/{failed.Id}", "Envoyé");
    }

    private static async Task WaitForStatusAsync(JourneyPage journey, string page, string status)
    {
        for (var i = 0; i < 30; i++)
        {
            await journey.GoToAsync(page);
            if ((await journey.Page.Locator("main .fr-badge").InnerTextAsync()).Equals(status, StringComparison.OrdinalIgnoreCase)) return;
            await Task.Delay(500);
        }
        throw new TimeoutException($"{page} n'est pas passé à « {status} »");
    }

    /// <summary>Written straight into the server's database, as another process's feature would: one to send, one given up.</summary>
    private async Task<(OutboxMessage Sent, OutboxMessage Failed)> AddMessagesAsync()
    {
        var options = new DbContextOptionsBuilder<AppDb>();
        DataFeature.Configure(options, browser.Server.Database.Provider, browser.Server.Database.ConnectionString);
        await using var db = new AppDb(options.Options, new SystemActor(), TimeProvider.System);
        var outbox = new MailOutbox(db, TimeProvider.System, Options.Create(new MailOptions()), new OutboxSignal());
        var mail = new OutgoingMail("elodie.lambert@exemple.test", "Convocation à la séance plénière", ["La séance aura lieu le 3 décembre."])
        {
            RecipientName = "Élodie Lambert",
            Link = new("Confirmer ma présence", "https://conseil.example/espace"),
        };
        var sent = outbox.Add(mail);
        var failed = outbox.Add(mail with { Subject = "Relevé de décisions" });
        (failed.Status, failed.Attempts, failed.LastError) = (OutboxStatus.Failed, 8, "Échec de l'envoi : SmtpException (statut SMTP 550 MailboxUnavailable)");
        await db.SaveChangesAsync();
        return (sent, failed);
    }
}
