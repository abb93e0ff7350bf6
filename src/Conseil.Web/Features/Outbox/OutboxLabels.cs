using Conseil.Web.Infrastructure.Mail;

namespace Conseil.Web.Features.Outbox;

/// <summary>French words of the outbox pages (their dates: <see cref="Infrastructure.French.FrenchDates"/>).</summary>
public static class OutboxLabels
{
    /// <summary>Status ↔ the filter's value in the address bar.</summary>
    public static readonly IReadOnlyDictionary<string, OutboxStatus> Filters = new Dictionary<string, OutboxStatus>(StringComparer.Ordinal)
    {
        ["en-attente"] = OutboxStatus.Pending,
        ["envoye"] = OutboxStatus.Sent,
        ["echec"] = OutboxStatus.Failed,
    };

    public static string Of(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "En attente",
        OutboxStatus.Sent => "Envoyé",
        OutboxStatus.Failed => "Échec",
        _ => status.ToString(),
    };

    /// <summary>DSFR badge class of a status.</summary>
    public static string Badge(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "fr-badge--success",
        OutboxStatus.Failed => "fr-badge--error",
        _ => "fr-badge--info",
    };
}
