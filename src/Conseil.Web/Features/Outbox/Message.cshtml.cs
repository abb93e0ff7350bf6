using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Audit;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Outbox;

/// <summary>One message of the outbox, and "Renvoyer" for a message the sender gave up on.</summary>
[Authorize(Policy = Policies.Secretariat)]
public class MessageModel(AppDb db, TimeProvider clock, OutboxSignal signal, IAuditActor actor) : PageModel
{
    public const string Resent = "Courriel renvoyé";

    public OutboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Puts a failed message back in the queue, due now, with a fresh count of attempts.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Conditional: two clicks (or two people) requeue it once.
        var requeued = await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null), ct);
        if (requeued == 0)
        {
            ModelState.AddModelError("", "Seul un courriel en échec peut être renvoyé ; celui-ci est " + OutboxLabels.Of(Message.Status).ToLowerInvariant() + ".");
            return Page();
        }
        // The outbox is kept out of the automatic audit (its bodies are not council records): this action is recorded by hand.
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, UserId = actor.UserId, UserName = actor.UserName,
            EntityType = nameof(OutboxMessage), EntityId = id.ToString(), Action = Resent,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Raise();
        TempData["Success"] = "Le courriel a été remis dans la file d'envoi : il part dans quelques instants.";
        return Redirect($"/espace/courriels/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is not null) Message = message;
        return message is not null;
    }
}
