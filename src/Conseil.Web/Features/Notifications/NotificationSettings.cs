using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Web.Features.Notifications;

/// <summary>A person's choice for their groups' news, and the one-click unsubscribe of the link in every message.</summary>
public sealed class NotificationSettings(AppDb db)
{
    public async Task<NotificationMode> ModeOfAsync(int personId, CancellationToken ct) =>
        await db.NotificationPreferences.Where(n => n.PersonId == personId).Select(n => (NotificationMode?)n.Mode).SingleOrDefaultAsync(ct)
        ?? DossierNews.DefaultMode;

    public async Task SetAsync(int personId, NotificationMode mode, CancellationToken ct)
    {
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(n => n.PersonId == personId, ct);
        if (preference is null) db.NotificationPreferences.Add(New(personId, mode));
        else preference.Mode = mode;
        // News waiting for a digest the person no longer wants is dropped with the choice.
        if (mode == NotificationMode.None)
            db.PendingNotifications.RemoveRange(await db.PendingNotifications.Where(n => n.PersonId == personId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The one-click unsubscribe: false when no preference carries this token.</summary>
    public async Task<bool> UnsubscribeAsync(string token, CancellationToken ct)
    {
        var personId = await PersonOfTokenAsync(token, ct);
        if (personId is null) return false;
        await SetAsync(personId.Value, NotificationMode.None, ct);
        return true;
    }

    public Task<int?> PersonOfTokenAsync(string token, CancellationToken ct) =>
        token.Length is 0 or > 64
            ? Task.FromResult<int?>(null)
            : db.NotificationPreferences.Where(n => n.UnsubscribeToken == token).Select(n => (int?)n.PersonId).SingleOrDefaultAsync(ct);

    public static NotificationPreference New(int personId, NotificationMode mode) =>
        new() { PersonId = personId, Mode = mode, UnsubscribeToken = DossierNews.NewToken() };
}
