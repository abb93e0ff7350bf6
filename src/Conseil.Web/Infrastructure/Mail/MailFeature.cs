using Conseil.Web.Data;
using Microsoft.Extensions.Options;

namespace Conseil.Web.Infrastructure.Mail;

/// <summary>E-mail for the whole product: the outbox (scoped), its sender (hosted) and the transport of Mail:Transport.</summary>
public static class MailFeature
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection(MailOptions.Section))
            .Validate(o => o.LeaseOutlastsABatch(), "Mail:Lease doit dépasser Mail:BatchSize × Mail:Smtp:Timeout.")
            .Validate(o => o.BatchSize > 0 && o.MaxAttempts > 0, "Mail:BatchSize et Mail:MaxAttempts doivent être positifs.")
            .ValidateOnStart();
        services.AddSingleton(sp => new PickupFolder(ResolvePickupFolder(
            sp.GetRequiredService<IOptions<MailOptions>>().Value, sp.GetRequiredService<DatabaseOptions>(), builder.Environment.ContentRootPath)));
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Transport == MailTransportKind.Smtp
            ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp)
            : ActivatorUtilities.CreateInstance<PickupFolderTransport>(sp));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSender>();
        services.AddScoped<MailOutbox>();
        services.AddHostedService<OutboxWorker>();
        return builder;
    }

    /// <summary>Mail:PickupFolder, or "mail" inside the database's data folder, relative to the content root like it.</summary>
    public static string ResolvePickupFolder(MailOptions mail, DatabaseOptions database, string contentRoot) =>
        database.ResolveFolder(contentRoot, mail.PickupFolder, "mail");
}
