using Conseil.Web.Infrastructure.Mail;

namespace Conseil.Tests.Infrastructure.Mail;

public sealed class MailComposerTests
{
    private readonly MailComposer composer = new("Haut Conseil du travail social");

    [Fact]
    public void The_text_body_greets_by_name_shows_the_link_and_is_signed_with_a_french_footer()
    {
        var text = composer.Text(MailFactory.Sample());

        text.ShouldStartWith("Bonjour Élodie Lambert,\n\nLa séance plénière aura lieu le 3 décembre.\n\nMerci de confirmer votre présence.\n\n");
        text.ShouldContain("Confirmer ma présence : https://conseil.example/espace/seances/3\n");
        text.ShouldContain("\nHaut Conseil du travail social\n");
        text.ShouldContain("Ce message vous est envoyé automatiquement par la plateforme du Haut Conseil du travail social.");
    }

    [Fact]
    public void Without_a_name_the_greeting_is_a_plain_bonjour()
    {
        composer.Text(MailFactory.Sample() with { RecipientName = null }).ShouldStartWith("Bonjour,\n\n");
        composer.Html(MailFactory.Sample() with { RecipientName = "  " }).ShouldContain("<p>Bonjour,</p>");
    }

    [Fact]
    public void The_html_body_is_french_and_shows_the_link_as_a_button()
    {
        var html = composer.Html(MailFactory.Sample());

        html.ShouldContain("<html lang=\"fr\">");
        html.ShouldContain("<p>Bonjour Élodie Lambert,</p>");
        html.ShouldContain("<a href=\"https://conseil.example/espace/seances/3\" style=\"display: inline-block;");
        html.ShouldContain(">Confirmer ma présence</a>");
        html.ShouldContain("<p>Haut Conseil du travail social</p>");
    }

    [Fact]
    public void Names_paragraphs_and_links_are_encoded_in_the_html_body()
    {
        var hostile = new OutgoingMail("a@exemple.test", "<b>Objet</b>", ["Texte <img src=x onerror=alert(1)> & suite"])
        {
            RecipientName = "<script>alert('nom')</script>",
            Link = new("\"><svg onload=alert(1)>", "https://exemple.test/?a=\"><script>"),
        };

        var html = composer.Html(hostile);

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("<svg");
        html.ShouldNotContain("<b>");
        html.ShouldContain("Bonjour &lt;script&gt;alert(&#x27;nom&#x27;)&lt;/script&gt;,");
        html.ShouldContain("Texte &lt;img src=x onerror=alert(1)&gt; &amp; suite");
    }
}
