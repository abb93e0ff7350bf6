using System.Net.Mail;
using Conseil.Web.Data;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>
/// The one way the product sends e-mail: adds the message to the caller's unit of work, so it is written by the
/// caller's next SaveChangesAsync, in the same transaction as the change that causes it (no mail about a change
/// that was rolled back, no change whose mail is lost).
/// </summary>
public sealed class MailOutbox(AppDb db, TimeProvider clock, IOptions<MailOptions> options, OutboxSignal signal)
{
    private bool listening;

    public OutboxMessage Add(OutgoingMail mail)
    {
        if (!MailAddress.TryCreate(mail.To, out var to) || to.DisplayName.Length > 0)
            throw new ArgumentException("Le destinataire doit être une adresse électronique seule.", nameof(mail));
        if (mail.Link is { } link && !IsWebAddress(link.Url))
            throw new ArgumentException("Le lien doit être une adresse http(s) absolue.", nameof(mail));
        if (mail.UnsubscribeUrl is { } unsubscribe && !IsWebAddress(unsubscribe))
            throw new ArgumentException("Le lien de désabonnement doit être une adresse http(s) absolue.", nameof(mail));

        var composer = new MailComposer(options.Value.CouncilName);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            MessageId = $"<{Guid.NewGuid():N}@{MessageIdDomain(options.Value)}>",
            To = to.Address,
            // A line break in a subject would start a new header.
            Subject = string.Join(' ', mail.Subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim(),
            TextBody = composer.Text(mail),
            HtmlBody = composer.Html(mail),
            Sensitive = mail.Sensitive,
            ListUnsubscribe = mail.UnsubscribeUrl,
            NextAttemptAt = now,
            CreatedAt = now,
            Attachments = [.. mail.Attachments.Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content })],
        };
        db.OutboxMessages.Add(message);
        if (!listening)
        {
            // Wake the sender once the caller has saved; if it looks before the commit, the next poll finds it.
            db.SavedChanges += (_, _) => signal.Raise();
            listening = true;
        }
        return message;
    }

    public static string MessageIdDomain(MailOptions options) =>
        !string.IsNullOrWhiteSpace(options.MessageIdDomain) ? options.MessageIdDomain.Trim()
        : MailAddress.TryCreate(options.From, out var from) ? from.Host
        : "conseil.invalid";

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
