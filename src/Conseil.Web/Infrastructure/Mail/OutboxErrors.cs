using System.Net.Mail;
using System.Net.Sockets;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>
/// The error recorded for a failed attempt: exception types and SMTP status only. A server's own text often
/// quotes the recipient's address, so it is never kept or logged.
/// </summary>
public static class OutboxErrors
{
    public static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (var current = e; current is not null && parts.Count < 3; current = current.InnerException)
        {
            parts.Add(current switch
            {
                SmtpException smtp => $"{smtp.GetType().Name} (statut SMTP {(int)smtp.StatusCode} {smtp.StatusCode})",
                SocketException socket => $"{socket.GetType().Name} ({socket.SocketErrorCode})",
                _ => current.GetType().Name,
            });
        }
        return "Échec de l'envoi : " + string.Join(" ← ", parts);
    }
}
