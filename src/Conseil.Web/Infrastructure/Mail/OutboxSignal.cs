using System.Threading.Channels;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>
/// Wakes this process's sender when a message was just saved, so it does not wait for the next poll.
/// A signal raised a thousand times before the sender looks still wakes it once.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> channel =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => channel.Writer.TryWrite(true);

    /// <summary>Returns when signalled or after the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval is over: look anyway.
        }
    }
}
