namespace Conseil.Web.Infrastructure.Mail;

/// <summary>Hands one stored message to the outside world. Returns once it was accepted; throws otherwise.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}
