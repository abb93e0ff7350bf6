namespace Conseil.Web.Infrastructure.Mail;

/// <summary>A message to send, in French, from the council. Plain text + HTML bodies are composed from these parts.</summary>
public sealed record OutgoingMail(string To, string Subject, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Greeting "Bonjour Élodie Lambert," ; "Bonjour," when null.</summary>
    public string? RecipientName { get; init; }

    /// <summary>One call to action: a button in HTML, "label : url" in text.</summary>
    public MailLink? Link { get; init; }

    /// <summary>The body (a one-time link, a personal matter) is purged from the outbox once sent.</summary>
    public bool Sensitive { get; init; }

    /// <summary>A one-click unsubscribe address (news of the working groups): shown under the signature.</summary>
    public string? UnsubscribeUrl { get; init; }

    /// <summary>Files sent with the message (a meeting's invitation), stored with it in the outbox.</summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file sent with a message: its name, its media type (with parameters) and its bytes.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A call to action: its label and an absolute http(s) address.</summary>
public sealed record MailLink(string Label, string Url);
