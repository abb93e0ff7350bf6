using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Infrastructure.Mail;

/// <summary>The outbox and its sender, on the test database, with a recording transport and a clock the tests move.</summary>
public sealed class OutboxTests : IDisposable
{
    private readonly MailFactory factory = new() { Settings = { ["Mail:MaxAttempts"] = "4" } };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_message_is_written_by_the_callers_save_and_sent_once()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MailOutbox>().Add(MailFactory.Sample());
            (await factory.SendDueAsync()).ShouldBe(0); // not saved yet: nothing to send
            await scope.ServiceProvider.GetRequiredService<AppDb>().SaveChangesAsync(Ct);
        }

        (await factory.SendDueAsync()).ShouldBe(1);
        (await factory.SendDueAsync()).ShouldBe(0);

        var delivered = factory.Transport.Delivered.Single();
        delivered.MessageId.ShouldMatch(@"^<[0-9a-f]{32}@conseil\.invalid>$");
        var stored = await factory.StoredAsync(delivered.Id);
        stored.Status.ShouldBe(OutboxStatus.Sent);
        stored.SentAt.ShouldBe(factory.Clock.Now.UtcDateTime);
        stored.Attempts.ShouldBe(1);
        stored.ClaimedUntil.ShouldBeNull();
        stored.TextBody.ShouldContain("Bonjour Élodie Lambert,");
    }

    [Fact]
    public async Task A_failing_delivery_is_retried_with_exponential_back_off_then_marked_failed()
    {
        var id = (await factory.EnqueueAsync(MailFactory.Sample())).Single().Id;
        factory.Transport.Failing = true;

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await factory.SendDueAsync()).ShouldBe(0);
            var stored = await factory.StoredAsync(id);
            stored.Status.ShouldBe(OutboxStatus.Pending);
            stored.Attempts.ShouldBe(attempt);
            delays.Add(stored.NextAttemptAt - factory.Clock.Now.UtcDateTime);
            factory.MoveClock(delays[^1] - TimeSpan.FromSeconds(1));
            (await factory.SendDueAsync()).ShouldBe(0); // not due yet: no attempt
            (await factory.StoredAsync(id)).Attempts.ShouldBe(attempt);
            factory.MoveClock(TimeSpan.FromSeconds(1));
        }
        delays.ShouldBe([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)]);

        await factory.SendDueAsync(); // 4th attempt of Mail:MaxAttempts=4
        var failed = await factory.StoredAsync(id);
        failed.Status.ShouldBe(OutboxStatus.Failed);
        failed.Attempts.ShouldBe(4);
        failed.LastError.ShouldBe("Échec de l'envoi : SmtpException (statut SMTP 421 ServiceNotAvailable)");
        factory.MoveClock(TimeSpan.FromDays(1));
        (await factory.SendDueAsync()).ShouldBe(0);
        factory.Transport.Deliveries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_message_claimed_by_a_process_that_died_is_sent_once_its_lease_has_expired()
    {
        var id = (await factory.EnqueueAsync(MailFactory.Sample())).Single().Id;
        // What a process killed between its claim and its send leaves behind: a lease of 10 minutes.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var now = factory.Clock.Now.UtcDateTime;
            (await OutboxClaim.ClaimAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), now, now.AddMinutes(10), 10, Ct)).ShouldBe([id]);
        }

        (await factory.SendDueAsync()).ShouldBe(0);
        factory.MoveClock(TimeSpan.FromMinutes(9));
        (await factory.SendDueAsync()).ShouldBe(0);
        factory.MoveClock(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        (await factory.SendDueAsync()).ShouldBe(1);

        (await factory.StoredAsync(id)).Status.ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task Two_senders_working_at_once_deliver_each_message_exactly_once()
    {
        var messages = await factory.EnqueueAsync(Enumerable.Range(1, 40).Select(i => MailFactory.Sample($"membre{i}@exemple.test")).ToArray());
        factory.Transport.Delay = TimeSpan.FromMilliseconds(5);

        var sent = await Task.WhenAll(Task.Run(factory.SendDueAsync, Ct), Task.Run(factory.SendDueAsync, Ct), Task.Run(factory.SendDueAsync, Ct));

        TestContext.Current.TestOutputHelper?.WriteLine($"{factory.Provider} : envoyés par chaque expéditeur {string.Join(", ", sent)}");
        sent.Sum().ShouldBe(40);
        factory.Transport.Deliveries.Count.ShouldBe(40);
        factory.Transport.Deliveries.Values.ShouldAllBe(n => n == 1);
        factory.Transport.Deliveries.Keys.Order(StringComparer.Ordinal).ShouldBe(messages.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_sensitive_body_is_delivered_then_purged_from_the_outbox()
    {
        var id = (await factory.EnqueueAsync(MailFactory.Sample(sensitive: true))).Single().Id;

        await factory.SendDueAsync();

        factory.Transport.Delivered.Single().TextBody.ShouldContain("https://conseil.example/espace/seances/3");
        var stored = await factory.StoredAsync(id);
        stored.TextBody.ShouldBeEmpty();
        stored.HtmlBody.ShouldBeEmpty();
        stored.PurgedAt.ShouldBe(factory.Clock.Now.UtcDateTime);
        (await factory.StoredAsync((await factory.EnqueueAsync(MailFactory.Sample())).Single().Id)).PurgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Adding_refuses_an_address_with_a_name_or_a_link_that_is_not_http()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();

        Should.Throw<ArgumentException>(() => outbox.Add(MailFactory.Sample("Élodie <elodie@exemple.test>")));
        Should.Throw<ArgumentException>(() => outbox.Add(MailFactory.Sample("pas une adresse")));
        Should.Throw<ArgumentException>(() => outbox.Add(MailFactory.Sample() with { Link = new("Cliquez", "javascript:alert(1)") }));
        outbox.Add(MailFactory.Sample() with { Subject = "Ligne 1\r\nBcc: x@exemple.test" }).Subject.ShouldBe("Ligne 1 Bcc: x@exemple.test");
    }

    [Fact]
    public async Task Changes_to_the_outbox_are_kept_out_of_the_audit_log()
    {
        await factory.EnqueueAsync(MailFactory.Sample());
        await factory.SendDueAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AppDb>().AuditEntries.AnyAsync(e => e.EntityType == nameof(OutboxMessage), Ct)).ShouldBeFalse();
    }
}
