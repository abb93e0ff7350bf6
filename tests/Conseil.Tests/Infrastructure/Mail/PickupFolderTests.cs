using Conseil.Web.Infrastructure.Mail;

namespace Conseil.Tests.Infrastructure.Mail;

/// <summary>The default transport and the background sender, as `dotnet run` uses them: .eml files in a folder.</summary>
public sealed class PickupFolderTests : IDisposable
{
    // The sender runs by itself here, polling only once an hour: a delivery within seconds proves the wake-up signal.
    private readonly MailFactory factory = new()
    {
        RealTransport = true,
        Settings = { ["Mail:SenderEnabled"] = "true", ["Mail:PollInterval"] = "01:00:00" },
    };

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_background_sender_wakes_on_a_saved_message_and_writes_it_with_its_message_id()
    {
        _ = factory.Services; // starts the host and its sender, which finds nothing and waits
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var message = (await factory.EnqueueAsync(MailFactory.Sample())).Single();

        var file = await WaitForFileAsync(factory.MailFolder, TimeSpan.FromSeconds(15));
        var eml = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);

        eml.ShouldContain($"\r\nMessage-ID: {message.MessageId}\r\n");
        eml.ShouldContain("\r\nFrom: \"Haut Conseil du travail social\" <ne-pas-repondre@conseil.invalid>\r\n");
        eml.ShouldContain("\r\nTo: elodie.lambert@exemple.test\r\n");
        eml.ShouldContain("Content-Type: multipart/alternative;");
        eml.ShouldContain("Content-Type: text/plain; charset=utf-8");
        eml.ShouldContain("Content-Type: text/html; charset=utf-8");
        eml.ShouldContain("Content-Language: fr");
        (await WaitForStatusAsync(message.Id, OutboxStatus.Sent)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_stored_with_a_message_leaves_attached_to_it_as_it_was_stored()
    {
        _ = factory.Services;
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:essai\r\nMETHOD:REQUEST\r\nX-TEXTE:Séance à l'hôtel\r\nEND:VCALENDAR\r\n";
        var message = (await factory.EnqueueAsync(MailFactory.Sample() with
        {
            Attachments = [new MailAttachment("convocation.ics", "text/calendar; method=REQUEST; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(ics))],
        })).Single();

        var file = await WaitForFileAsync(factory.MailFolder, TimeSpan.FromSeconds(15));
        (await WaitForStatusAsync(message.Id, OutboxStatus.Sent)).ShouldBeTrue(); // the file is written whole by then
        var eml = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);

        eml.ShouldContain("Content-Type: multipart/mixed;", customMessage: eml);
        var part = eml[eml.IndexOf("Content-Type: text/calendar;", StringComparison.Ordinal)..];
        var headers = part[..part.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        headers.ShouldContain("method=REQUEST", customMessage: eml);
        headers.ShouldContain("convocation.ics", customMessage: eml);
        headers.ShouldContain("Content-Transfer-Encoding: base64", customMessage: eml);
        var body = part[(part.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        var base64 = string.Concat(body[..body.IndexOf("--", StringComparison.Ordinal)].Split("\r\n"));
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64)).ShouldBe(ics);
    }

    private async Task<bool> WaitForStatusAsync(int id, OutboxStatus status)
    {
        for (var i = 0; i < 100 && (await factory.StoredAsync(id)).Status != status; i++) await Task.Delay(100, TestContext.Current.CancellationToken);
        return (await factory.StoredAsync(id)).Status == status;
    }

    private static async Task<string> WaitForFileAsync(string folder, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml") is [var file]) return file;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException("Aucun fichier .eml dans " + folder);
    }
}
