using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>
/// Sends the due messages of the outbox: claims a batch, hands each message to the transport, marks it sent once
/// the server accepted it (at least once: a crash between the two sends it again, under the same Message-ID),
/// or schedules a retry with exponential back-off, up to Mail:MaxAttempts. Logs ids, never addresses or bodies.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes, IMailTransport transport, TimeProvider clock, IOptions<MailOptions> options, ILogger<OutboxSender> logger)
{
    /// <summary>Sends every message due now, batch after batch; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        var sent = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var now = clock.GetUtcNow().UtcDateTime;
            var ids = await OutboxClaim.ClaimAsync(db, now, now + o.Lease, o.BatchSize, ct);
            if (ids.Count == 0) return sent;
            var batch = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).AsSplitQuery().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
            var sentInBatch = 0;
            foreach (var message in batch)
            {
                if (await SendOneAsync(db, message, ct)) sentInBatch++;
            }
            sent += sentInBatch;
            // A short batch means nothing more is due; a batch where nothing went through (server down) waits for the next round.
            if (ids.Count < o.BatchSize || sentInBatch == 0) return sent;
        }
    }

    private async Task<bool> SendOneAsync(AppDb db, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await transport.SendAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await RecordFailureAsync(db, message, OutboxErrors.Describe(e), ct);
            return false;
        }
        await MarkSentAsync(db, message, ct);
        return true;
    }

    private async Task MarkSentAsync(AppDb db, OutboxMessage message, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // A sensitive body (a one-time link…) leaves the database as soon as it has left the building.
        var purged = message.Sensitive ? now : (DateTime?)null;
        var text = message.Sensitive ? "" : message.TextBody;
        var html = message.Sensitive ? "" : message.HtmlBody;
        // CancellationToken.None: the server has the message; recording it must not be cut short by shutdown.
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.TextBody, text)
                .SetProperty(m => m.HtmlBody, html)
                .SetProperty(m => m.PurgedAt, purged), CancellationToken.None);
        logger.LogInformation("Courriel {OutboxId} {MessageId} envoyé", message.Id, message.MessageId);
    }

    private async Task RecordFailureAsync(AppDb db, OutboxMessage message, string error, CancellationToken ct)
    {
        var o = options.Value;
        var attempts = message.Attempts + 1;
        var givenUp = attempts >= o.MaxAttempts;
        var next = clock.GetUtcNow().UtcDateTime + o.RetryDelay(attempts);
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, givenUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, error), ct);
        if (givenUp)
            logger.LogError("Courriel {OutboxId} {MessageId} abandonné après {Attempts} tentatives : {Error}", message.Id, message.MessageId, attempts, error);
        else
            logger.LogWarning("Courriel {OutboxId} {MessageId} : tentative {Attempts} échouée ({Error}), nouvel essai à {Next:O}",
                message.Id, message.MessageId, attempts, error, next);
    }
}
