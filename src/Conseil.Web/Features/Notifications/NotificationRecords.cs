using Conseil.Web.Infrastructure.Labels;

namespace Conseil.Web.Features.Notifications;

internal sealed class NotificationRecords : IRecordCatalogue
{
    public static string Of(NotificationMode mode) => mode switch
    {
        NotificationMode.Immediate => "À chaque nouveauté",
        NotificationMode.DailyDigest => "Un résumé quotidien",
        _ => "Aucun courriel",
    };

    public void Declare(RecordCatalogue catalogue) => catalogue.Values<NotificationMode>(Of);
}
