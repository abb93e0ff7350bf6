using System.Net;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Composition;
using Conseil.Web.Features.Notifications;
using Conseil.Web.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roles = Conseil.Web.Features.Accounts.Roles;

namespace Conseil.Tests.Features.Notifications;

/// <summary>
/// News of a group reaches its members as each chose: an e-mail at once (with its one-click unsubscribe), a line of the
/// daily digest (the default), or nothing; never the person who made it. The daily run also announces deadlines, once.
/// </summary>
public sealed class NotificationTests : AppTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(ConseilFactory.DefaultNow.UtcDateTime);

    private sealed record Scene(int GroupId, int DossierId, Person Author, string AuthorUser, Person Digest, Person Immediate, Person Silent);

    private Task<Scene> SceneAsync(DateOnly? deadline = null) => QueryAsync(async db =>
    {
        var (author, authorUser) = await db.AddCouncilMemberAsync("Anne", "Autrice", Today);
        var (digest, _) = await db.AddCouncilMemberAsync("Denis", "Digest", Today);
        var (immediate, _) = await db.AddCouncilMemberAsync("Ines", "Immediat", Today);
        var (silent, _) = await db.AddCouncilMemberAsync("Serge", "Silence", Today);
        var dossier = WorkingGroupBuilders.Dossier("Dossier des nouvelles");
        if (deadline is not null) dossier.Deadline = deadline;
        var group = await db.AddGroupAsync("Groupe des nouvelles", dossier, author, digest, immediate, silent);
        db.NotificationPreferences.Add(NotificationSettings.New(immediate.Id, NotificationMode.Immediate));
        db.NotificationPreferences.Add(NotificationSettings.New(silent.Id, NotificationMode.None));
        await db.SaveChangesAsync(Ct);
        return new Scene(group.Id, dossier.Id, author, authorUser, digest, immediate, silent);
    });

    private Task<List<PendingNotification>> PendingOfAsync(Person person) =>
        QueryAsync(db => db.PendingNotifications.Where(n => n.PersonId == person.Id).ToListAsync(Ct));

    private Task<List<Web.Infrastructure.Mail.OutboxMessage>> MailsToAsync(string address) =>
        QueryAsync(db => db.OutboxMessages.Where(m => m.To == address).OrderBy(m => m.Id).ToListAsync(Ct));

    private async Task<NotificationDigest.Outcome> RunDailyAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDigest>().RunAsync(Ct);
    }

    [Fact]
    public async Task A_new_thread_reaches_each_member_as_they_chose_but_not_its_author()
    {
        var scene = await SceneAsync();
        var group = WorkingGroupPaths.Group(scene.GroupId);
        var started = await Forms.PostAsync(Factory.CreateClientAs(Roles.Member, scene.AuthorUser), group,
            new Dictionary<string, string> { ["Thread.Subject"] = "Ordre du jour", ["Thread.Text"] = "Voici l'ordre du jour de jeudi." },
            $"{group}?handler=Thread");
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var threadPath = started.Headers.Location!.ToString();
        threadPath.ShouldStartWith($"{group}/fils/");

        (await PendingOfAsync(scene.Digest)).Single().Text.ShouldBe("Groupe des nouvelles : nouveau fil de discussion « Ordre du jour »");
        (await PendingOfAsync(scene.Author)).ShouldBeEmpty();
        (await PendingOfAsync(scene.Silent)).ShouldBeEmpty();
        (await PendingOfAsync(scene.Immediate)).ShouldBeEmpty();
        var mail = (await MailsToAsync("compte.ines.immediat@exemple.test")).Single();
        mail.Subject.ShouldBe("Du nouveau dans vos groupes de travail : Groupe des nouvelles : nouveau fil de discussion « Ordre du jour »");
        var token = await QueryAsync(db => db.NotificationPreferences.Where(n => n.PersonId == scene.Immediate.Id).Select(n => n.UnsubscribeToken).SingleAsync(Ct));
        mail.ListUnsubscribe.ShouldBe($"http://localhost/notifications/desabonnement/{token}");
        mail.TextBody.ShouldContain($"Ne plus recevoir ces courriels : http://localhost/notifications/desabonnement/{token}");
        mail.TextBody.ShouldContain($"Voir sur l'espace de travail : http://localhost{threadPath}");
        (await MailsToAsync("compte.anne.autrice@exemple.test")).ShouldBeEmpty();

        // An answer reaches the thread's author too, not the one who answers.
        var answered = await Forms.PostAsync(Factory.CreateClientAs(Roles.Member, await UserOfAsync(scene.Digest)), threadPath,
            new Dictionary<string, string> { ["Input.Text"] = "Merci, j'ajoute un point." });
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PendingOfAsync(scene.Author)).Single().Text.ShouldBe("Groupe des nouvelles : nouveau message dans le fil « Ordre du jour »");
        (await PendingOfAsync(scene.Digest)).Count.ShouldBe(1);
        (await MailsToAsync("compte.ines.immediat@exemple.test")).Count.ShouldBe(2);
        (await Factory.CreateClientAs(Roles.Member, scene.AuthorUser).GetStringAsync(threadPath, Ct)).ShouldContain("Merci, j&#x27;ajoute un point.");
    }

    private Task<string> UserOfAsync(Person person) => QueryAsync(db => db.Users.Where(u => u.PersonId == person.Id).Select(u => u.Id).SingleAsync(Ct));

    [Fact]
    public async Task The_daily_digest_sends_one_mail_per_person_then_forgets_the_news()
    {
        var scene = await SceneAsync();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // As a job would: no one acting, so every member hears of it; the caller's save writes the news.
            var news = scope.ServiceProvider.GetRequiredService<DossierNews>();
            await news.AnnounceToGroupAsync(scene.GroupId, "Une audition est programmée le 3 décembre.", "/espace/dossiers/1/auditions/1", Ct);
            await news.AnnounceAsync(scene.DossierId, "Un document a été ajouté : note de cadrage.", "/espace/dossiers/1/documents/1", Ct);
            await scope.ServiceProvider.GetRequiredService<AppDb>().SaveChangesAsync(Ct);
        }
        (await PendingOfAsync(scene.Digest)).Count.ShouldBe(2);
        (await PendingOfAsync(scene.Author)).Count.ShouldBe(2);

        (await RunDailyAsync()).Digests.ShouldBeGreaterThanOrEqualTo(2);

        var digest = (await MailsToAsync("compte.denis.digest@exemple.test")).Single();
        digest.Subject.ShouldBe("Vos groupes de travail : 2 nouveautés");
        digest.TextBody.ShouldMatch(@"• Une audition est programmée le 3 décembre\.\n  https?://[^/\s]+/espace/dossiers/1/auditions/1\n");
        digest.TextBody.ShouldContain("• Un document a été ajouté : note de cadrage.");
        digest.ListUnsubscribe.ShouldNotBeNull();
        (await PendingOfAsync(scene.Digest)).ShouldBeEmpty();
        // Never having chosen, they now have the default digest and the secret of its link.
        var preference = await QueryAsync(db => db.NotificationPreferences.SingleAsync(n => n.PersonId == scene.Digest.Id, Ct));
        preference.Mode.ShouldBe(NotificationMode.DailyDigest);
        digest.ListUnsubscribe.ShouldEndWith(preference.UnsubscribeToken);
        (await MailsToAsync("compte.serge.silence@exemple.test")).ShouldBeEmpty();

        (await RunDailyAsync()).Digests.ShouldBe(0);
        (await MailsToAsync("compte.denis.digest@exemple.test")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_deadline_seven_days_ahead_is_announced_once()
    {
        var scene = await SceneAsync(deadline: Today.AddDays(7));
        var later = await QueryAsync(async db =>
        {
            var far = WorkingGroupBuilders.Dossier("Dossier lointain");
            far.Deadline = Today.AddDays(8);
            var adopted = WorkingGroupBuilders.Dossier("Dossier adopté", Web.Features.Dossiers.DossierState.Adopted);
            adopted.Deadline = Today.AddDays(3);
            var digest = await db.People.SingleAsync(p => p.Id == scene.Digest.Id, Ct);
            await db.AddGroupAsync("Groupe lointain", far, digest);
            await db.AddGroupAsync("Groupe adopté", adopted, digest);
            return far.Id;
        });

        await RunDailyAsync();
        var mail = (await MailsToAsync("compte.ines.immediat@exemple.test")).Single();
        mail.TextBody.ShouldContain("Le dossier « Dossier des nouvelles » arrive à échéance le 29 novembre 2026 (dans 7 jours).");
        (await MailsToAsync("compte.denis.digest@exemple.test")).Single().TextBody
            .ShouldContain("• Le dossier « Dossier des nouvelles » arrive à échéance le 29 novembre 2026 (dans 7 jours).");
        (await QueryAsync(db => db.Set<DeadlineNotice>().Where(n => n.DossierId == scene.DossierId || n.DossierId == later).CountAsync(Ct))).ShouldBe(1);

        // The next day, the dossier is not announced again; the one due in 8 days now is.
        Factory.Clock.Now = ConseilFactory.DefaultNow.AddDays(1);
        await RunDailyAsync();
        (await MailsToAsync("compte.ines.immediat@exemple.test")).Count.ShouldBe(1);
        (await QueryAsync(db => db.Set<DeadlineNotice>().CountAsync(n => n.DossierId == later, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task The_unsubscribe_link_asks_first_and_a_mail_readers_one_click_post_unsubscribes()
    {
        var scene = await SceneAsync();
        var token = await QueryAsync(db => db.NotificationPreferences.Where(n => n.PersonId == scene.Immediate.Id).Select(n => n.UnsubscribeToken).SingleAsync(Ct));
        var anonymous = Factory.CreateClientAs(null);
        var link = $"/notifications/desabonnement/{token}";

        (await anonymous.GetStringAsync(link, Ct)).ShouldContain("Me désabonner");
        (await QueryAsync(db => db.NotificationPreferences.SingleAsync(n => n.PersonId == scene.Immediate.Id, Ct))).Mode.ShouldBe(NotificationMode.Immediate);

        // RFC 8058: the reader posts List-Unsubscribe=One-Click, with no cookie and no antiforgery token.
        var posted = await anonymous.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }), Ct);
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await posted.Content.ReadAsStringAsync(Ct);
        body.ShouldContain("C'est fait : vous ne recevrez plus de courriels sur l'actualité de vos groupes de travail.");
        (await QueryAsync(db => db.NotificationPreferences.SingleAsync(n => n.PersonId == scene.Immediate.Id, Ct))).Mode.ShouldBe(NotificationMode.None);

        (await anonymous.GetAsync("/notifications/desabonnement/jeton-inconnu", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.PostAsync("/notifications/desabonnement/jeton-inconnu", new FormUrlEncodedContent([]), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_person_chooses_on_their_notifications_page()
    {
        var scene = await SceneAsync();
        var client = Factory.CreateClientAs(Roles.Member, scene.AuthorUser);
        (await client.GetStringAsync(NotificationPaths.Preferences, Ct)).ShouldContain("value=\"DailyDigest\" checked=\"checked\"");

        var saved = await Forms.PostAsync(client, NotificationPaths.Preferences, new Dictionary<string, string> { ["Mode"] = "Immediate" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.NotificationPreferences.SingleAsync(n => n.PersonId == scene.Author.Id, Ct))).Mode.ShouldBe(NotificationMode.Immediate);

        var refused = await Forms.PostAsync(client, NotificationPaths.Preferences, new Dictionary<string, string> { ["Mode"] = "Jamais" });
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("Choisissez comment recevoir les nouvelles de vos groupes.");
        (await QueryAsync(db => db.NotificationPreferences.SingleAsync(n => n.PersonId == scene.Author.Id, Ct))).Mode.ShouldBe(NotificationMode.Immediate);

        var secretariat = Factory.CreateClientAs(Roles.Secretariat);
        (await secretariat.GetStringAsync(NotificationPaths.Preferences, Ct)).ShouldContain("rattaché à aucun membre");
    }
}
