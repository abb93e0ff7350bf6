using System.Text.RegularExpressions;
using Conseil.Tests.Support;

namespace Conseil.BrowserTests.Support;

/// <summary>What the real SMTP server received, read as the person would read their mail.</summary>
public static partial class Inbox
{
    public static async Task<ReceivedMail> WaitForAsync(SmtpServer smtp, string to, string subject)
    {
        for (var i = 0; i < 60; i++)
        {
            var found = smtp.Messages().LastOrDefault(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase) && m.Subject == subject);
            if (found is not null) return found;
            await Task.Delay(500);
        }
        throw new TimeoutException($"Aucun message « {subject} » reçu pour {to}");
    }

    /// <summary>The path and query of the set-password link of a message (its plain-text part).</summary>
    public static string SetPasswordLink(ReceivedMail mail) =>
        LinkPattern().Match(mail.Body("text/plain")) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("Pas de lien dans le message");

    [GeneratedRegex(@"https?://[^/\s]+(/mot-de-passe/definir\?jeton=[A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();
}
