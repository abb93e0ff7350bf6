using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>
/// Composes the French plain-text and HTML bodies of a message: greeting, paragraphs, one call to action,
/// signature and footer. Every value is HTML-encoded: a name or a paragraph never becomes markup.
/// </summary>
public sealed class MailComposer(string councilName)
{
    // Accents stay readable in the source of the message; <, >, &, quotes are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Footer =>
        $"Ce message vous est envoyé automatiquement par la plateforme du {councilName}. Merci de ne pas y répondre.";

    public const string Unsubscribe = "Ne plus recevoir ces courriels";

    public static string Greeting(string? name) => string.IsNullOrWhiteSpace(name) ? "Bonjour," : $"Bonjour {name.Trim()},";

    public string Text(OutgoingMail mail)
    {
        var text = new StringBuilder().Append(Greeting(mail.RecipientName)).Append("\n\n");
        foreach (var paragraph in mail.Paragraphs) text.Append(paragraph).Append("\n\n");
        if (mail.Link is { } link) text.Append(link.Label).Append(" : ").Append(link.Url).Append("\n\n");
        text.Append(councilName).Append("\n\n-- \n").Append(Footer).Append('\n');
        if (mail.UnsubscribeUrl is { } unsubscribe) text.Append(Unsubscribe).Append(" : ").Append(unsubscribe).Append('\n');
        return text.ToString();
    }

    public string Html(OutgoingMail mail)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>").Append(Encode(mail.Subject))
            .Append("</title></head>\n<body style=\"font-family: Arial, sans-serif; color: #161616; line-height: 1.5;\">\n")
            .Append("<p>").Append(Encode(Greeting(mail.RecipientName))).Append("</p>\n");
        foreach (var paragraph in mail.Paragraphs) html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        if (mail.Link is { } link)
        {
            html.Append("<p><a href=\"").Append(Encode(link.Url))
                .Append("\" style=\"display: inline-block; padding: 8px 16px; background: #000091; color: #ffffff; text-decoration: none;\">")
                .Append(Encode(link.Label)).Append("</a></p>\n");
        }
        return html.Append("<p>").Append(Encode(councilName)).Append("</p>\n")
            .Append("<hr>\n<p style=\"font-size: 0.85em; color: #666666;\">").Append(Encode(Footer)).Append("</p>\n")
            .Append(mail.UnsubscribeUrl is { } unsubscribe
                ? $"<p style=\"font-size: 0.85em; color: #666666;\"><a href=\"{Encode(unsubscribe)}\" style=\"color: #666666;\">{Encode(Unsubscribe)}</a></p>\n"
                : "")
            .Append("</body>\n</html>\n")
            .ToString();
    }

    private static string Encode(string value) => Encoder.Encode(value);
}
