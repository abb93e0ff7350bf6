using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>Turns a stored message into a multipart/alternative UTF-8 MailMessage (text, then HTML) under its Message-ID.</summary>
public static class MailMessages
{
    public static MailMessage Build(OutboxMessage stored, MailOptions options)
    {
        var message = new MailMessage(new MailAddress(options.From), new MailAddress(stored.To))
        {
            Subject = stored.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        // Both bodies as alternate views, text first: readers show the last one they understand.
        message.AlternateViews.Add(View(stored.TextBody, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(View(stored.HtmlBody, MediaTypeNames.Text.Html));
        // multipart/mixed around the alternatives: a file (a meeting's .ics invitation) sent as it was stored.
        foreach (var file in stored.Attachments)
        {
            var attachment = new Attachment(new MemoryStream(file.Content), new ContentType(file.ContentType)) { TransferEncoding = TransferEncoding.Base64 };
            attachment.ContentDisposition!.FileName = file.FileName;
            attachment.Name = file.FileName;
            message.Attachments.Add(attachment);
        }
        // Stable across retries, so a receiving system can recognise a message it already has.
        message.Headers["Message-ID"] = stored.MessageId;
        message.Headers["Content-Language"] = "fr";
        message.Headers["Auto-Submitted"] = "auto-generated";
        // One-click unsubscribe (RFC 8058): the reader's button POSTs "List-Unsubscribe=One-Click" to the address.
        if (stored.ListUnsubscribe is { } unsubscribe)
        {
            message.Headers["List-Unsubscribe"] = $"<{unsubscribe}>";
            message.Headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
        }
        return message;
    }

    private static AlternateView View(string body, string mediaType)
    {
        // CRLF, the canonical line break of text in e-mail (RFC 2046); the framework's quoted-printable writes it as
        // =0D=0A, which readers decode. The stored bodies keep \n, easier to read on the outbox page.
        var view = AlternateView.CreateAlternateViewFromString(body.ReplaceLineEndings("\r\n"), Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }
}
