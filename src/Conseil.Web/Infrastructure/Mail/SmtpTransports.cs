using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Mail;

// The framework's SmtpClient: MailKit is not available here. Its documentation advises against it for new code
// because it lacks some modern protocol features (no OAuth), not because it is broken; STARTTLS and
// authentication, all this needs, work. No analyzer flags it, so nothing is suppressed.

/// <summary>Production: an SMTP relay (Mail:Smtp), one connection per message.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var mail = MailMessages.Build(message, o);
        using var client = new SmtpClient(o.Smtp.Host, o.Smtp.Port)
        {
            EnableSsl = o.Smtp.StartTls,
            Timeout = (int)o.Smtp.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(o.Smtp.UserName)) client.Credentials = new NetworkCredential(o.Smtp.UserName, o.Smtp.Password);
        // SmtpClient.Timeout only bounds synchronous sends: the asynchronous one is bounded here.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Smtp.Timeout);
        await client.SendMailAsync(mail, timeout.Token);
    }
}

/// <summary>
/// Default: each message as an .eml file in a folder (development, tests, or a relay watching the folder). The file is
/// written in a folder of its own beside, then moved in whole: whoever watches the folder never reads half a message.
/// </summary>
public sealed class PickupFolderTransport(IOptions<MailOptions> options, PickupFolder folder) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var staging = Directory.CreateDirectory(Path.Combine(folder.Path, ".en-cours", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            using var mail = MailMessages.Build(message, options.Value);
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
                await client.SendMailAsync(mail, ct);
            foreach (var written in Directory.GetFiles(staging, "*.eml"))
                File.Move(written, Path.Combine(folder.Path, Path.GetFileName(written)));
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}

/// <summary>The pickup folder, resolved once against the content root and created.</summary>
public sealed record PickupFolder(string Path);
