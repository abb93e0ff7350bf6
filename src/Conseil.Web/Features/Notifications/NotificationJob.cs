using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Notifications;

/// <summary>Runs <see cref="NotificationDigest"/> every day at Notifications:DigestTime (Paris). Logs counts only.</summary>
public sealed class NotificationJob(NotificationDigest digest, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<NotificationJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobEnabled) return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await Task.Delay(options.Value.NextRun(now) - now, clock, stoppingToken);
                try
                {
                    await digest.RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next day's run resumes: news stays pending, deadlines not yet recorded are announced then.
                    logger.LogError(e, "Échec de l'envoi des notifications quotidiennes");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
