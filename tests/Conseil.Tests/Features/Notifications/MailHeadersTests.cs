using Conseil.Web.Infrastructure.Mail;

namespace Conseil.Tests.Features.Notifications;

/// <summary>A news message carries the one-click unsubscribe headers of RFC 8058; other messages do not.</summary>
public sealed class MailHeadersTests
{
    private static OutboxMessage Stored(string? unsubscribe) => new()
    {
        MessageId = "<essai@conseil.test>", To = "membre@exemple.test", Subject = "Essai", TextBody = "Texte", HtmlBody = "<p>Texte</p>",
        ListUnsubscribe = unsubscribe,
    };

    [Fact]
    public void A_news_message_offers_the_one_click_unsubscribe()
    {
        using var message = MailMessages.Build(Stored("https://conseil.test/notifications/desabonnement/abc"), new MailOptions());
        message.Headers["List-Unsubscribe"].ShouldBe("<https://conseil.test/notifications/desabonnement/abc>");
        message.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
    }

    [Fact]
    public void Another_message_has_no_unsubscribe_header()
    {
        using var message = MailMessages.Build(Stored(null), new MailOptions());
        message.Headers["List-Unsubscribe"].ShouldBeNull();
    }

    [Fact]
    public void The_composer_puts_the_unsubscribe_link_under_the_signature_in_both_bodies()
    {
        var composer = new MailComposer("Haut Conseil du travail social");
        var mail = new OutgoingMail("membre@exemple.test", "Essai", ["Une nouvelle."]) { UnsubscribeUrl = "https://conseil.test/notifications/desabonnement/abc" };
        composer.Text(mail).ShouldEndWith("Ne plus recevoir ces courriels : https://conseil.test/notifications/desabonnement/abc\n");
        composer.Html(mail).ShouldContain("<a href=\"https://conseil.test/notifications/desabonnement/abc\" style=\"color: #666666;\">Ne plus recevoir ces courriels</a>");
    }
}
