using Conseil.Web.Data;
using Conseil.Web.Features.Dossiers;
using Conseil.Web.Infrastructure;
using Conseil.Web.Infrastructure.French;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Features.Notifications;

/// <summary>
/// The daily run: first announces the dossiers whose deadline falls within <see cref="NotificationOptions.DeadlineNoticeDays"/>
/// days (once per dossier and deadline), then sends each person one e-mail with the news waiting for them and deletes it.
/// Each dossier and each person is its own transaction: a failure leaves the others done, and the next run resumes.
/// </summary>
public sealed class NotificationDigest(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<NotificationDigest> logger)
{
    public sealed record Outcome(int Deadlines, int Digests);

    public async Task<Outcome> RunAsync(CancellationToken ct)
    {
        var deadlines = await AnnounceDeadlinesAsync(ct);
        var digests = await SendDigestsAsync(ct);
        logger.LogInformation("Notifications : {Deadlines} échéances annoncées, {Digests} résumés quotidiens envoyés", deadlines, digests);
        return new(deadlines, digests);
    }

    private static readonly DossierState[] Open = [.. Enum.GetValues<DossierState>().Where(DossierStates.IsOpen)];

    private async Task<int> AnnounceDeadlinesAsync(CancellationToken ct)
    {
        var today = FrenchDates.Today(clock);
        var horizon = today.AddDays(options.Value.DeadlineNoticeDays);
        List<(int Id, string Name, DateOnly Deadline)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            due = [.. (await db.Dossiers.AsNoTracking()
                    .Where(d => d.Deadline >= today && d.Deadline <= horizon && Open.Contains(d.State))
                    .Where(d => !db.Set<DeadlineNotice>().Any(n => n.DossierId == d.Id && n.Deadline == d.Deadline))
                    .OrderBy(d => d.Deadline).Select(d => new { d.Id, d.Name, Deadline = d.Deadline!.Value }).ToListAsync(ct))
                .Select(d => (d.Id, d.Name, d.Deadline))];
        }
        var announced = 0;
        foreach (var (id, name, deadline) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var news = scope.ServiceProvider.GetRequiredService<DossierNews>();
            db.Set<DeadlineNotice>().Add(new DeadlineNotice { DossierId = id, Deadline = deadline, AnnouncedAt = clock.GetUtcNow().UtcDateTime });
            var days = deadline.DayNumber - today.DayNumber;
            await news.AnnounceAsync(id,
                $"Le dossier « {name} » arrive à échéance le {FrenchDates.Day(deadline)} ({(days == 0 ? "aujourd'hui" : days == 1 ? "demain" : $"dans {days} jours")}).",
                $"/espace/dossiers/{id}", ct);
            try
            {
                await db.SaveChangesAsync(ct);
                announced++;
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Another process announced it first.
            }
        }
        return announced;
    }

    private async Task<int> SendDigestsAsync(CancellationToken ct)
    {
        var until = clock.GetUtcNow().UtcDateTime;
        List<int> people;
        await using (var scope = scopes.CreateAsyncScope())
        {
            people = await scope.ServiceProvider.GetRequiredService<AppDb>().PendingNotifications.AsNoTracking()
                .Where(n => n.CreatedAt <= until).Select(n => n.PersonId).Distinct().OrderBy(id => id).ToListAsync(ct);
        }
        var sent = 0;
        foreach (var personId in people)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await SendDigestAsync(scope.ServiceProvider, personId, until, ct)) sent++;
        }
        return sent;
    }

    private static async Task<bool> SendDigestAsync(IServiceProvider services, int personId, DateTime until, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        var pending = await db.PendingNotifications.Where(n => n.PersonId == personId && n.CreatedAt <= until)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct);
        if (pending.Count == 0) return false;
        db.PendingNotifications.RemoveRange(pending);
        var recipient = (await NotificationRecipients.ReadAsync(db, [personId], ct)).SingleOrDefault();
        var send = recipient?.Address is not null && recipient.Mode != NotificationMode.None;
        if (send)
        {
            var token = recipient!.Token;
            if (token is null)
            {
                // Never chose: the default digest, now with the secret of its unsubscribe link.
                var preference = NotificationSettings.New(personId, DossierNews.DefaultMode);
                db.NotificationPreferences.Add(preference);
                token = preference.UnsubscribeToken;
            }
            var links = services.GetRequiredService<SiteLinks>();
            services.GetRequiredService<MailOutbox>().Add(new OutgoingMail(recipient.Address!,
                $"Vos groupes de travail : {French.Count(pending.Count, "nouveauté", "nouveautés")}",
                [
                    pending.Count == 1 ? "Voici la nouveauté de vos groupes de travail depuis le dernier résumé :" : "Voici les nouveautés de vos groupes de travail depuis le dernier résumé :",
                    .. pending.Select(n => $"• {n.Text}" + (n.Link.Length > 0 ? $"\n  {links.Absolute(n.Link)}" : "")),
                    "Vous recevez ce résumé une fois par jour. Vous pouvez choisir d'être prévenu à chaque nouveauté, ou plus du tout, depuis votre compte.",
                ])
            {
                RecipientName = recipient.Name,
                Link = new MailLink("Ouvrir l'espace de travail", links.Absolute("/espace")),
                UnsubscribeUrl = links.Absolute(NotificationPaths.Unsubscribe(token)),
            });
        }
        await db.SaveChangesAsync(ct);
        return send;
    }
}
