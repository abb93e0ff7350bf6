using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>Runs the sender every Mail:PollInterval, and at once when this process has just saved a message.</summary>
public sealed class OutboxWorker(OutboxSender sender, OutboxSignal signal, IOptions<MailOptions> options, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled) return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await sender.SendDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database hiccup: the messages stay in the outbox and the next round tries again.
                    logger.LogError(e, "Échec du passage de l'expéditeur de courriels");
                }
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: claimed messages are freed when their lease ends.
        }
    }
}
