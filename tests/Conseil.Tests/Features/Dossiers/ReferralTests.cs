using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Dossiers;

/// <summary>
/// Recording a referral and moving its dossier through the pages, as the secretariat does: each move dated, signed
/// with the account's name and commented; a move the state machine refuses, or a decline without reason, is refused
/// beside its field.
/// </summary>
public sealed class ReferralTests : AppTest, IAsyncLifetime
{
    private HttpClient secretariat = null!;

    /// <summary>The demo secretariat's account, whose display name each move records.</summary>
    public async ValueTask InitializeAsync() =>
        secretariat = Factory.CreateClientAs(Roles.Secretariat,
            await QueryAsync(db => db.Users.Where(u => u.Email == DemoContent.SecretariatEmail).Select(u => u.Id).SingleAsync(Ct)));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_referral_is_recorded_received_with_its_questions_ministries_and_first_move_signed_by_the_account()
    {
        var (first, second) = await QueryAsync(db => db.TwoMinistriesAsync());
        var form = DossierBuilders.ReferralForm("Saisine enregistrée", ReferralKind.Interministerial, "2026-11-02", "2027-05-31", [first, second],
            "Première question ?", "", "Deuxième question ?");
        form["Input.Themes[0].Text"] = "La gouvernance";

        var response = await Forms.PostAsync(secretariat, "/espace/dossiers/nouveau", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var dossier = await QueryAsync(db => db.Dossiers.Include(d => d.Questions).Include(d => d.Ministries).Include(d => d.Moves).Include(d => d.Themes)
            .SingleAsync(d => d.Name == "Saisine enregistrée", Ct));
        response.Headers.Location!.ToString().ShouldBe($"/espace/dossiers/{dossier.Id}");
        dossier.State.ShouldBe(DossierState.Received);
        dossier.Deadline.ShouldBe(new DateOnly(2027, 5, 31));
        dossier.Questions.OrderBy(q => q.Number).Select(q => (q.Number, q.Text)).ShouldBe([(1, "Première question ?"), (2, "Deuxième question ?")]);
        dossier.Ministries.Select(m => m.OrganisationId).ShouldBe([first, second], ignoreOrder: true);
        dossier.Themes.Single().Name.ShouldBe("La gouvernance");
        var move = dossier.Moves.Single();
        (move.From, move.To, move.On, move.ByName).ShouldBe((null, DossierState.Received, new DateOnly(2026, 11, 2), "Secrétariat de démonstration"));
    }

    [Fact]
    public async Task A_referral_form_with_mistakes_comes_back_with_each_error_beside_its_field()
    {
        var (first, second) = await QueryAsync(db => db.TwoMinistriesAsync());
        var form = DossierBuilders.ReferralForm("Saisine fautive", ReferralKind.Ministerial, "2026-11-02", "2026-10-01", [first, second]);

        var page = await PageAsync(await Forms.PostAsync(secretariat, "/espace/dossiers/nouveau", form));

        page.QuerySelector("#Input_Deadline-error")!.TextContent.ShouldBe("L'échéance doit être postérieure ou égale à la date de réception.");
        page.QuerySelector("#ministeres-erreur")!.TextContent.Trim().ShouldStartWith("Une saisine ministérielle émane d'un seul ministère");
        page.QuerySelector("#questions-erreur")!.TextContent.Trim().ShouldBe("Indiquez au moins une question posée par la saisine.");
        page.QuerySelector("#Input_MinistryIds")!.GetAttribute("aria-labelledby")!.ShouldContain("ministeres-erreur");
        page.QuerySelectorAll("input[name='Input.MinistryIds'][checked]").Length.ShouldBe(2);
        (await QueryAsync(db => db.Dossiers.AnyAsync(d => d.Name == "Saisine fautive", Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task Adding_or_removing_a_question_redisplays_the_form_without_saving()
    {
        var (first, _) = await QueryAsync(db => db.TwoMinistriesAsync());
        var form = DossierBuilders.ReferralForm("Saisine en cours de saisie", ReferralKind.Ministerial, "2026-11-02", null, [first], "Une", "Deux", "Trois");
        form["Command"] = "retirer-question-1";

        var page = await PageAsync(await Forms.PostAsync(secretariat, "/espace/dossiers/nouveau", form));
        page.QuerySelectorAll("textarea[name$='.Text']").Select(t => t.TextContent.Trim()).Where(t => t.Length > 0).ShouldBe(["Une", "Trois"]);
        page.QuerySelector("#Input_Name")!.GetAttribute("value").ShouldBe("Saisine en cours de saisie");

        form["Command"] = "ajouter-question";
        page = await PageAsync(await Forms.PostAsync(secretariat, "/espace/dossiers/nouveau", form));
        page.QuerySelectorAll("textarea[name^='Input.Questions']").Length.ShouldBe(4); // the three typed and the one added, blank
        (await QueryAsync(db => db.Dossiers.AnyAsync(d => d.Name == "Saisine en cours de saisie", Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task Editing_the_referral_renumbers_its_questions_and_keeps_a_theme_a_hearing_uses()
    {
        var dossier = await QueryAsync(async db =>
        {
            var d = await db.AddDossierAsync("Saisine à modifier", DossierState.UnderExamination, new DateOnly(2027, 1, 31));
            d.Questions.Add(new DossierQuestion { Number = 2, Text = "Seconde" });
            d.Themes.Add(new DossierTheme { Number = 1, Name = "Thème entendu" });
            await db.SaveChangesAsync(Ct);
            db.Hearings.Add(new Hearing { DossierId = d.Id, At = new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc), Themes = [new HearingTheme { DossierThemeId = d.Themes[0].Id }] });
            await db.SaveChangesAsync(Ct);
            return d;
        });
        var (first, _) = await QueryAsync(db => db.TwoMinistriesAsync());
        var url = $"/espace/dossiers/{dossier.Id}/saisine";
        var form = DossierBuilders.ReferralForm("Saisine modifiée", ReferralKind.Ministerial, "2026-01-05", "2027-01-31", [first]);
        form["Input.Questions[0].Id"] = dossier.Questions[1].Id.ToString();
        form["Input.Questions[0].Text"] = "Seconde, devenue première";

        var refused = await PageAsync(await Forms.PostAsync(secretariat, url, form));
        refused.QuerySelector("#themes-erreur")!.TextContent.Trim()
            .ShouldBe("Le thème « Thème entendu » est attaché à des auditions : retirez-le d'abord de ces auditions.");

        form["Input.Themes[0].Id"] = dossier.Themes[0].Id.ToString();
        form["Input.Themes[0].Text"] = "Thème entendu, renommé";
        (await Forms.PostAsync(secretariat, url, form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await QueryAsync(db => db.Dossiers.Include(d => d.Questions).Include(d => d.Themes).SingleAsync(d => d.Id == dossier.Id, Ct));
        saved.Name.ShouldBe("Saisine modifiée");
        saved.Questions.Select(q => (q.Id, q.Number, q.Text)).ShouldBe([(dossier.Questions[1].Id, 1, "Seconde, devenue première")]);
        saved.Themes.Single().Name.ShouldBe("Thème entendu, renommé");
    }

    [Fact]
    public async Task A_dossier_moves_step_by_step_and_a_move_the_cycle_refuses_is_explained_beside_the_field()
    {
        var dossier = await QueryAsync(db => db.AddDossierAsync("Saisine à instruire", DossierState.Received, new DateOnly(2027, 3, 1)));
        var url = $"/espace/dossiers/{dossier.Id}/etat";

        (await MoveAsync(url, DossierState.Received, DossierState.Accepted, "2026-11-20", "Acceptée en commission permanente.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await PageAsync(await MoveAsync(url, DossierState.Accepted, DossierState.Drafting, "2026-11-21", ""));
        refused.QuerySelector("#Input_To-error")!.TextContent
            .ShouldBe("Un dossier à l'état « Accepté » ne peut pas passer à l'état « En rédaction » : il peut seulement passer à l'état « En instruction ».");
        refused.QuerySelector("[role=alert]")!.TextContent.ShouldContain("ne peut pas passer");

        var early = await PageAsync(await MoveAsync(url, DossierState.Accepted, DossierState.UnderExamination, "2026-11-19", ""));
        early.QuerySelector("#Input_On-error")!.TextContent.ShouldBe("La date du changement d'état ne peut pas précéder celle du précédent, le 20 novembre 2026.");
        var future = await PageAsync(await MoveAsync(url, DossierState.Accepted, DossierState.UnderExamination, "2026-11-23", ""));
        future.QuerySelector("#Input_On-error")!.TextContent.ShouldBe("La date du changement d'état ne peut pas être postérieure à aujourd'hui.");

        (await MoveAsync(url, DossierState.Accepted, DossierState.UnderExamination, "2026-11-22", "")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await MoveAsync(url, DossierState.UnderExamination, DossierState.Drafting, "2026-11-22", "Premier projet.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var moves = await QueryAsync(db => db.DossierMoves.Where(m => m.DossierId == dossier.Id).OrderBy(m => m.Id).ToListAsync(Ct));
        moves.Select(m => (m.From, m.To)).ShouldBe(
        [
            (null, DossierState.Received), (DossierState.Received, DossierState.Accepted),
            (DossierState.Accepted, DossierState.UnderExamination), (DossierState.UnderExamination, DossierState.Drafting),
        ]);
        moves[1].Comment.ShouldBe("Acceptée en commission permanente.");
        moves[1].ByName.ShouldBe("Secrétariat de démonstration");
        moves[1].At.ShouldBe(ConseilFactory.DefaultNow.UtcDateTime);
        (await QueryAsync(db => db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.State).SingleAsync(Ct))).ShouldBe(DossierState.Drafting);
    }

    [Fact]
    public async Task Declining_a_referral_needs_its_reason_and_a_stale_page_is_refused()
    {
        var dossier = await QueryAsync(db => db.AddDossierAsync("Saisine à décliner", DossierState.Received, null));
        var url = $"/espace/dossiers/{dossier.Id}/etat";

        var missing = await PageAsync(await MoveAsync(url, DossierState.Received, DossierState.Declined, "2026-11-22", "  "));
        missing.QuerySelector("#Input_Comment-error")!.TextContent.ShouldBe("Indiquez le motif pour lequel le Haut Conseil décline la saisine.");

        (await MoveAsync(url, DossierState.Received, DossierState.Declined, "2026-11-22", "La question relève d'une autre instance.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await PageAsync(await MoveAsync(url, DossierState.Received, DossierState.Accepted, "2026-11-22", ""));
        stale.QuerySelector("#Input_To-error")!.TextContent.ShouldStartWith("Le dossier a changé d'état entre-temps : il est maintenant à l'état « Décliné ».");
        (await QueryAsync(db => db.Dossiers.Where(d => d.Id == dossier.Id).Select(d => d.State).SingleAsync(Ct))).ShouldBe(DossierState.Declined);

        var page = await PageAsync(await secretariat.GetAsync($"/espace/dossiers/{dossier.Id}", Ct));
        page.QuerySelector("main")!.TextContent.ShouldContain("La question relève d'une autre instance.");
    }

    private Task<HttpResponseMessage> MoveAsync(string url, DossierState from, DossierState to, string on, string comment) =>
        Forms.PostAsync(secretariat, url, new Dictionary<string, string>
        {
            ["Input.From"] = from.ToString(), ["Input.To"] = to.ToString(), ["Input.On"] = on, ["Input.Comment"] = comment,
        });

    private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return new HtmlParser().ParseDocument(body);
    }
}
