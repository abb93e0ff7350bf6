// Temporary stand-in for the mail outbox being built on the mail branch; removed at merge.
using Conseil.Web.Data;
namespace Conseil.Web.Infrastructure.Mail;
public sealed record OutgoingMail(string To, string Subject, IReadOnlyList<string> Paragraphs)
{
    public string? RecipientName { get; init; }
    public MailLink? Link { get; init; }
    public bool Sensitive { get; init; }
}
public sealed record MailLink(string Label, string Url);
public sealed class MailOutbox(AppDb db)
{
    public static readonly List<OutgoingMail> Sent = [];
    public object Add(OutgoingMail mail) { _ = db; lock (Sent) Sent.Add(mail); return mail; }
}
public static class MailStubFeature
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MailOutbox>();
        return builder;
    }
}
