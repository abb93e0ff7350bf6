using System.Collections.Concurrent;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Conseil.Tests.Infrastructure.Mail;

/// <summary>The application without demo content, its outbox sent by the tests through a recording transport (or the configured one).</summary>
public sealed class MailFactory : ConseilFactory
{
    public MailFactory() => DemoContent = false;

    public RecordingTransport Transport { get; } = new();

    /// <summary>Keeps the transport of the configuration (pickup folder or SMTP) instead of the recording one.</summary>
    public bool RealTransport { get; init; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (!RealTransport)
            builder.ConfigureTestServices(s => s.RemoveAll<IMailTransport>().AddSingleton<IMailTransport>(Transport));
    }

    public static OutgoingMail Sample(string to = "elodie.lambert@exemple.test", bool sensitive = false) =>
        new(to, "Votre convocation", ["La séance plénière aura lieu le 3 décembre.", "Merci de confirmer votre présence."])
        {
            RecipientName = "Élodie Lambert",
            Link = new("Confirmer ma présence", "https://conseil.example/espace/seances/3"),
            Sensitive = sensitive,
        };

    /// <summary>Adds the messages through the outbox and saves, as a feature would.</summary>
    public async Task<List<OutboxMessage>> EnqueueAsync(params OutgoingMail[] mails)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        var added = mails.Select(outbox.Add).ToList();
        await scope.ServiceProvider.GetRequiredService<AppDb>().SaveChangesAsync(Ct);
        return added;
    }

    public Task<int> SendDueAsync() => Services.GetRequiredService<OutboxSender>().SendDueAsync(Ct);

    public async Task<OutboxMessage> StoredAsync(int id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
    }

    public void MoveClock(TimeSpan by) => Clock.Now += by;
}

/// <summary>Counts deliveries per Message-ID; fails while <see cref="Failing"/> is set.</summary>
public sealed class RecordingTransport : IMailTransport
{
    public ConcurrentDictionary<string, int> Deliveries { get; } = new();
    public ConcurrentQueue<OutboxMessage> Delivered { get; } = new();
    public bool Failing { get; set; }
    public TimeSpan Delay { get; set; }

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
        if (Failing) throw new System.Net.Mail.SmtpException(System.Net.Mail.SmtpStatusCode.ServiceNotAvailable, "421 refusé pour " + message.To);
        Deliveries.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
        Delivered.Enqueue(message);
    }
}
