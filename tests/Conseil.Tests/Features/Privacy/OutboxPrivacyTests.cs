using System.Net;
using System.Net.Http.Json;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Privacy;
using Conseil.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Privacy;

/// <summary>The outbox holds addresses and names: it is in the register, kept a limited time, and emptied by an erasure.</summary>
public sealed class OutboxPrivacyTests : IDisposable
{
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    private async Task<int> AddAsync(string to, string name, Action<OutboxMessage>? change = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var message = scope.ServiceProvider.GetRequiredService<MailOutbox>()
            .Add(new OutgoingMail(to, "Convocation", ["La séance aura lieu jeudi."]) { RecipientName = name });
        change?.Invoke(message);
        await scope.ServiceProvider.GetRequiredService<AppDb>().SaveChangesAsync(Ct);
        return message.Id;
    }

    [Fact]
    public async Task Sent_and_failed_messages_are_deleted_after_90_days_pending_ones_stay()
    {
        var at = factory.Clock.Now.UtcDateTime;
        var sent = await AddAsync("a@exemple.test", "A", m => (m.Status, m.SentAt) = (OutboxStatus.Sent, at));
        var failed = await AddAsync("b@exemple.test", "B", m => m.Status = OutboxStatus.Failed);
        var pending = await AddAsync("c@exemple.test", "C");
        var today = DateOnly.FromDateTime(at);

        (await ApplyOnAsync(today.AddDays(90))).DeletedMails.ShouldBe(0);
        (await ApplyOnAsync(today.AddDays(91))).DeletedMails.ShouldBe(2);

        var left = await factory.QueryAsync(db => db.OutboxMessages.Select(m => m.Id).ToListAsync(Ct));
        left.ShouldBe([pending]);
        left.ShouldNotContain(sent);
        left.ShouldNotContain(failed);
    }

    [Fact]
    public async Task The_access_export_holds_the_messages_sent_to_the_person()
    {
        var (personId, accountEmail) = await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.PersonId != null, Ct);
            return (user.PersonId!.Value, user.Email!);
        });
        await AddAsync(accountEmail.ToUpperInvariant(), "Membre");
        await AddAsync("autre@exemple.test", "Autre");

        var text = await factory.CreateClientAs(Roles.Secretariat).GetStringAsync($"/api/privacy/people/{personId}/export", Ct);

        var export = System.Text.Json.JsonSerializer.Deserialize<PersonExport>(text, PrivacyFeature.ExportJson)!;
        var mail = export.Mails.Single();
        (mail.To, mail.Subject, mail.Status).ShouldBe((accountEmail.ToUpperInvariant(), "Convocation", "En attente"));
        mail.TextBody.ShouldContain("Bonjour Membre,");
    }

    [Fact]
    public async Task Erasing_a_person_deletes_the_messages_to_their_addresses_and_keeps_the_others()
    {
        var (personId, accountEmail, name) = await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.PersonId != null, Ct);
            var person = await db.People.SingleAsync(p => p.Id == user.PersonId, Ct);
            person.Email = "personne.effacee@exemple.test";
            await db.SaveChangesAsync(Ct);
            return (person.Id, user.Email!, person.FullName);
        });
        await AddAsync("Personne.Effacee@exemple.test", name);
        await AddAsync(accountEmail, name);
        var other = await AddAsync("autre@exemple.test", "Autre");

        var response = await Forms.PostAsync(factory.CreateClientAs(Roles.Administrator), $"/espace/rgpd/personnes/{personId}/effacer",
            new Dictionary<string, string> { ["Input.Confirmed"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.QueryAsync(db => db.OutboxMessages.Select(m => m.Id).ToListAsync(Ct))).ShouldBe([other]);
        (await factory.FindEverywhereAsync("personne.effacee@exemple.test")).ShouldBeEmpty();
        (await factory.FindEverywhereAsync(accountEmail)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_register_lists_the_outbox_with_its_purpose_and_retention()
    {
        var register = await factory.CreateClientAs(Roles.Secretariat).GetFromJsonAsync<ProcessingRegister>("/api/privacy/register", Ct);

        var mail = register!.Processings.Single(p => p.FieldKeys.Contains("OutboxMessage.To"));
        mail.Purpose.ShouldBe("Envoi des courriels de la plateforme");
        mail.FieldKeys.ShouldBe(["OutboxAttachment.Content", "OutboxMessage.HtmlBody", "OutboxMessage.TextBody", "OutboxMessage.To"]);
        mail.Fields.ShouldBe(["Contenu de la pièce jointe (pièce jointe d'un courriel)", "Message mis en forme (HTML) (courriel)", "Texte du message (courriel)", "Destinataire (courriel)"]);
        mail.Retention.ShouldBe(["90 jours après l'envoi ou l'abandon du courriel"]);
        register.RetentionRules.ShouldContain(r => r.Record == "Courriels envoyés par la plateforme");
    }

    private async Task<RetentionRules.Outcome> ApplyOnAsync(DateOnly today)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionRules>()
            .ApplyAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), today, Ct);
    }
}
