using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Infrastructure.Mail;

/// <summary>Delivery through a real SMTP server (Debian's aiosmtpd, see Support/smtp_sink.py), including one killed mid-batch.</summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private SmtpServer server = null!;
    private MailFactory factory = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await SmtpServer.StartAsync();
        factory = new MailFactory
        {
            RealTransport = true,
            Settings =
            {
                ["Mail:Transport"] = "Smtp", ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = server.Port.ToString(),
                ["Mail:Smtp:StartTls"] = "false", ["Mail:Smtp:Timeout"] = "00:00:10", ["Mail:BatchSize"] = "5",
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        factory.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_message_arrives_as_french_text_and_html_alternatives_with_its_message_id_and_sender()
    {
        var message = (await factory.EnqueueAsync(MailFactory.Sample())).Single();

        (await factory.SendDueAsync()).ShouldBe(1);

        var received = (await server.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10))).Single();
        received.MessageId.ShouldBe(message.MessageId);
        received.From.ShouldBe("Haut Conseil du travail social <ne-pas-repondre@conseil.invalid>");
        received.To.ShouldBe("elodie.lambert@exemple.test");
        received.Subject.ShouldBe("Votre convocation");
        received.ContentType.ShouldBe("multipart/alternative");
        received.ContentLanguage.ShouldBe("fr");
        received.Parts.Select(p => (p.Type, p.Charset)).ShouldBe([("text/plain", "utf-8"), ("text/html", "utf-8")]);
        received.Body("text/plain").ShouldContain("Bonjour Élodie Lambert,");
        received.Body("text/plain").ShouldContain("Confirmer ma présence : https://conseil.example/espace/seances/3");
        received.Body("text/html").ShouldContain("<p>La séance plénière aura lieu le 3 décembre.</p>");
        received.Body("text/html").ShouldContain("Ce message vous est envoyé automatiquement");
    }

    [Fact]
    public async Task Killing_the_smtp_server_mid_batch_delays_messages_but_delivers_each_after_its_restart_with_its_own_message_id()
    {
        const int Count = 20;
        var messages = await factory.EnqueueAsync(Enumerable.Range(1, Count).Select(i => MailFactory.Sample($"membre{i}@exemple.test")).ToArray());

        var sending = Task.Run(factory.SendDueAsync, Ct);
        await server.WaitForMessagesAsync(7, TimeSpan.FromSeconds(30)); // in the middle of the second batch of 5
        await server.KillAsync();
        var sentBeforeKill = await sending;
        var receivedBeforeKill = server.Messages().Count;
        var failuresWhileDown = await FailedAttemptsAsync();

        // Still down an hour later: the due messages fail again, with back-off, but are not given up.
        factory.MoveClock(TimeSpan.FromHours(1));
        (await factory.SendDueAsync()).ShouldBe(0);
        failuresWhileDown = await FailedAttemptsAsync();

        await server.RestartAsync();
        var sentAfterRestart = 0;
        for (var round = 0; round < 10 && sentBeforeKill + sentAfterRestart < Count; round++)
        {
            factory.MoveClock(TimeSpan.FromHours(1));
            sentAfterRestart += await factory.SendDueAsync();
        }
        var received = await server.WaitForMessagesAsync(Count, TimeSpan.FromSeconds(30));
        await Task.Delay(500, Ct); // a late duplicate would show up here

        received = server.Messages();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{factory.Provider} : {Count} courriels, {sentBeforeKill} envoyés avant l'arrêt brutal (reçus : {receivedBeforeKill}), " +
            $"{failuresWhileDown} tentatives échouées serveur arrêté, {sentAfterRestart} envoyés après le redémarrage, " +
            $"{received.Count} reçus au total, {received.Select(m => m.MessageId).Distinct().Count()} Message-ID distincts");
        failuresWhileDown.ShouldBeGreaterThan(0);
        received.Select(m => m.MessageId).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(messages.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        // SMTP cannot do better than this: a message the server stored just before dying, whose « 250 » the
        // outbox never read, is sent again — with the same Message-ID, so the receiving side can drop it.
        // Only such in-flight messages may arrive twice, and never more than twice.
        var unacknowledged = receivedBeforeKill - sentBeforeKill;
        unacknowledged.ShouldBeInRange(0, 1);
        received.Count.ShouldBe(Count + unacknowledged);
        received.GroupBy(m => m.MessageId).ShouldAllBe(g => g.Count() <= 2);
        (sentBeforeKill + sentAfterRestart).ShouldBe(Count);
        (await StatusesAsync()).ShouldBe([OutboxStatus.Sent]);
    }

    private async Task<int> FailedAttemptsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        // Attempts counts the successful one too: the failures are what exceeds one per sent message.
        var attempts = await db.OutboxMessages.SumAsync(m => m.Attempts, Ct);
        return attempts - await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent, Ct);
    }

    private async Task<List<OutboxStatus>> StatusesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().OutboxMessages.Select(m => m.Status).Distinct().ToListAsync(Ct);
    }
}
