using Conseil.Web.Data;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Privacy;

/// <summary>Runs the retention rules on a timer (daily by default). Logs counts only, never personal data.</summary>
public sealed class RetentionJob(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.JobEnabled) return;
        try
        {
            await Task.Delay(o.JobFirstRunDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(o.JobInterval, clock);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var rules = scope.ServiceProvider.GetRequiredService<RetentionRules>();
            var outcome = await rules.ApplyAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
            logger.LogInformation("Conservation RGPD : {Emails} e-mails effacés, {Accounts} comptes supprimés, {Audit} entrées du journal supprimées, {Mails} courriels supprimés, {Candidacies} candidatures supprimées, {Notifications} préférences de notification supprimées",
                outcome.ClearedEmails, outcome.DeletedAccounts, outcome.DeletedAuditEntries, outcome.DeletedMails, outcome.DeletedCandidacies, outcome.DeletedNotificationSettings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; the rules are idempotent.
            logger.LogError(e, "Échec de l'application des durées de conservation");
        }
    }
}
