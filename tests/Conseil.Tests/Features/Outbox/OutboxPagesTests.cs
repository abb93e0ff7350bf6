using System.Net;
using AngleSharp.Html.Parser;
using Conseil.Tests.Infrastructure.Mail;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Outbox;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Outbox;

/// <summary>The secretariat's view of the outbox: /espace/courriels and one message's page with "Renvoyer".</summary>
public sealed class OutboxPagesTests : IDisposable
{
    // One attempt only: a failing send is given up at once.
    private readonly MailFactory factory = new() { Settings = { ["Mail:MaxAttempts"] = "1" } };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    private HttpClient Secretariat() => factory.CreateClientAs(Roles.Secretariat);

    private async Task<int> FailedMessageAsync()
    {
        var id = (await factory.EnqueueAsync(MailFactory.Sample() with { Subject = "Échoué" })).Single().Id;
        factory.Transport.Failing = true;
        await factory.SendDueAsync();
        factory.Transport.Failing = false;
        (await factory.StoredAsync(id)).Status.ShouldBe(OutboxStatus.Failed);
        return id;
    }

    [Fact]
    public async Task The_list_shows_messages_newest_first_with_status_attempts_error_and_paris_time()
    {
        await factory.EnqueueAsync(MailFactory.Sample() with { Subject = "Premier" });
        await factory.SendDueAsync();
        var failed = await FailedMessageAsync();
        factory.MoveClock(TimeSpan.FromHours(1));
        await factory.EnqueueAsync(MailFactory.Sample() with { Subject = "Dernier" });

        var document = new HtmlParser().ParseDocument(await Secretariat().GetStringAsync("/espace/courriels", Ct));

        var rows = document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        rows.Select(r => r[0]).ShouldBe(["Dernier", "Échoué", "Premier"]);
        // 22 November 2026, 10:00 UTC is 11:00 in Paris (winter time).
        rows[0].ShouldBe(["Dernier", "elodie.lambert@exemple.test", "En attente", "0", "—", "22/11/2026 12:00", "—"]);
        rows[1][2..5].ShouldBe(["Échec", "1", "Échec de l'envoi : SmtpException (statut SMTP 421 ServiceNotAvailable)"]);
        rows[2][2..].ShouldBe(["Envoyé", "1", "—", "22/11/2026 11:00", "22/11/2026 11:00"]);
        document.QuerySelector("caption")!.TextContent.ShouldStartWith("Courriels, des plus récents aux plus anciens");
        document.QuerySelector(".fr-table__container")!.GetAttribute("tabindex").ShouldBe("0");
        document.QuerySelector($"a[href='/espace/courriels/{failed}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_list_filters_by_status()
    {
        await FailedMessageAsync();
        await factory.EnqueueAsync(MailFactory.Sample() with { Subject = "En file" });

        var html = await Secretariat().GetStringAsync("/espace/courriels?statut=echec", Ct);
        html.ShouldContain("Échoué");
        html.ShouldNotContain("En file");
        html.ShouldContain("<option value=\"echec\" selected=\"selected\">Échec</option>");
        (await Secretariat().GetStringAsync("/espace/courriels?statut=envoye", Ct)).ShouldContain("Aucun courriel ne correspond à ce critère.");
        (await Secretariat().GetStringAsync("/espace/courriels?statut=nimporte", Ct)).ShouldContain("En file");
    }

    [Fact]
    public async Task Resending_a_failed_message_puts_it_back_in_the_queue_due_now_and_it_is_then_sent()
    {
        var id = await FailedMessageAsync();
        factory.MoveClock(TimeSpan.FromDays(2));
        var client = Secretariat();
        (await client.GetStringAsync($"/espace/courriels/{id}", Ct)).ShouldContain(">Renvoyer</button>");

        var response = await Forms.PostAsync(client, $"/espace/courriels/{id}", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"/espace/courriels/{id}");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/espace/courriels/{id}", Ct));
        page.QuerySelector(".fr-alert--success")!.TextContent.ShouldContain("Le courriel a été remis dans la file d'envoi");
        page.QuerySelector("main form button").ShouldBeNull();
        var stored = await factory.StoredAsync(id);
        stored.Status.ShouldBe(OutboxStatus.Pending);
        stored.Attempts.ShouldBe(0);
        stored.NextAttemptAt.ShouldBe(factory.Clock.Now.UtcDateTime);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<AppDb>().AuditEntries
                .CountAsync(e => e.Action == MessageModel.Resent && e.EntityId == id.ToString(), Ct)).ShouldBe(1);
        }
        (await factory.SendDueAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_message_that_has_not_failed_is_not_resent()
    {
        var id = (await factory.EnqueueAsync(MailFactory.Sample())).Single().Id;

        var response = await Forms.PostAsync(Secretariat(), $"/espace/courriels/{id}", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Seul un courriel en échec peut être renvoyé");
        (await factory.StoredAsync(id)).NextAttemptAt.ShouldBe(ConseilFactory.DefaultNow.UtcDateTime);
    }

    [Fact]
    public async Task A_message_page_shows_its_text_and_a_sensitive_one_says_its_content_was_erased()
    {
        var plain = (await factory.EnqueueAsync(MailFactory.Sample())).Single().Id;
        var sensitive = (await factory.EnqueueAsync(MailFactory.Sample(sensitive: true) with { RecipientName = "<b>Nom</b>" })).Single().Id;
        await factory.SendDueAsync();

        var page = await Secretariat().GetStringAsync($"/espace/courriels/{plain}", Ct);
        page.ShouldContain("Bonjour Élodie Lambert,");
        page.ShouldContain("<h1>Courriel : Votre convocation</h1>");
        var purged = await Secretariat().GetStringAsync($"/espace/courriels/{sensitive}", Ct);
        purged.ShouldContain("Contenu effacé après envoi (message sensible)");
        purged.ShouldNotContain("Bonjour");
    }

    [Fact]
    public async Task An_unknown_message_is_not_found()
    {
        (await Secretariat().GetAsync("/espace/courriels/424242", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
