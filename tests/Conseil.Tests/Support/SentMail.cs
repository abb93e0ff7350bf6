using System.Text.RegularExpressions;
using Conseil.Web.Data;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Support;

/// <summary>Reads what the application put in its outbox (the sender is off in tests, so bodies are still there).</summary>
public static partial class SentMail
{
    public static async Task<List<OutboxMessage>> ToAsync(ConseilFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The path and query of the set-password link in the latest message to this address.</summary>
    public static async Task<string> LatestLinkToAsync(ConseilFactory factory, string email)
    {
        var messages = await ToAsync(factory, email);
        if (messages.Count == 0) throw new InvalidOperationException($"Aucun message pour {email}");
        return LinkPattern().Match(messages[^1].TextBody) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("Pas de lien dans le message");
    }

    [GeneratedRegex(@"https?://[^/\s]+(/mot-de-passe/definir\?jeton=[A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();
}
