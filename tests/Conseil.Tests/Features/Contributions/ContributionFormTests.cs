using System.Net;
using Conseil.Tests.Infrastructure.Files;
using Conseil.Tests.Infrastructure.PersonalData.Detection;
using Conseil.Tests.Support;
using Conseil.Web.Features.Contributions;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Contributions;

/// <summary>The public form's guards: consent, who writes, the honeypot, attachments checked by content, the call still open.</summary>
public sealed class ContributionFormTests : ContributionTest
{
    private Task<int> CountAsync() => QueryAsync(db => db.Contributions.CountAsync(Ct));

    private int StoredFiles() => Directory.Exists(Factory.FilesFolder)
        ? Directory.EnumerateFiles(Factory.FilesFolder, "*", SearchOption.AllDirectories).Count()
        : 0;

    [Fact]
    public async Task The_home_page_links_to_the_form_which_warns_before_the_text_and_is_never_cached()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync("Dossier annoncé"));
        var client = Anonymous();
        (await client.GetStringAsync("/", Ct)).ShouldContain("href=\"/contribuer\"");
        var response = await client.GetAsync("/contribuer", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("Dossier annoncé");
        page.IndexOf("N'écrivez rien qui permette de reconnaître", StringComparison.Ordinal)
            .ShouldBeLessThan(page.IndexOf("name=\"Input.Text\"", StringComparison.Ordinal));
        page.ShouldContain($"value=\"{open.CallId}\" checked");
        page.ShouldContain("<div class=\"fr-sr-only\" aria-hidden=\"true\">");
        page.ShouldContain("name=\"Input.Website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"");
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_same_confirmation_and_nothing_is_kept()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var client = Anonymous();
        var response = await client.PostContributionAsync(ContributionBuilders.Form(open.CallId, "Texte d'un robot.", ("Website", "https://publicite.example")),
            ("Attachment1", "note.pdf", SampleFiles.Pdf("Une note")));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/contribuer/merci");
        (await client.GetStringAsync("/contribuer/merci", Ct)).ShouldMatch("Numéro de dépôt : <strong class=\"conseil-nowrap\">HCTS-[0-9A-Z]{4}-[0-9A-Z]{4}</strong>");
        (await CountAsync()).ShouldBe(0);
        StoredFiles().ShouldBe(0);
    }

    [Fact]
    public async Task Without_consent_nothing_is_kept_and_the_answers_come_back_with_a_french_message()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var response = await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, "Mon texte gardé.", ("Consent", null)),
            ("Attachment1", "note.pdf", SampleFiles.Pdf("Une note")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("Cochez la case pour donner votre accord");
        page.ShouldContain("Mon texte gardé.");
        page.ShouldContain("value=\"Camille Contributrice\"");
        page.ShouldContain("Choisissez de nouveau vos pièces jointes");
        (await CountAsync()).ShouldBe(0);
        StoredFiles().ShouldBe(0);
    }

    [Fact]
    public async Task A_local_committee_or_an_organisation_must_say_its_name_a_volunteer_need_not()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var nameless = await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, "Texte.", ("OrganisationName", "")));
        (await nameless.Content.ReadAsStringAsync(Ct)).ShouldContain("Indiquez le nom du comité local.");
        var volunteer = await Anonymous().PostContributionAsync(
            ContributionBuilders.Form(open.CallId, "Texte.", ("OrganisationName", ""), ("Kind", nameof(ContributorKind.Volunteer)), ("Email", null)));
        volunteer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await QueryAsync(db => db.Contributions.SingleAsync(Ct));
        (saved.ContributorKind, saved.OrganisationName, saved.AuthorEmail).ShouldBe((ContributorKind.Volunteer, "", (string?)null));
    }

    [Fact]
    public async Task A_file_whose_content_is_not_what_its_name_says_is_refused_and_nothing_is_kept()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var response = await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, "Texte avec pièces jointes."),
            ("Attachment1", "rapport.pdf", SampleFiles.Pdf("Un vrai PDF")), ("Attachment2", "annexe.pdf", SampleFiles.Html));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("Le fichier « annexe.pdf » n&#x27;est pas un PDF");
        page.ShouldContain("id=\"Input_Attachment2-error\"");
        (await CountAsync()).ShouldBe(0);
        StoredFiles().ShouldBe(0);
    }

    [Fact]
    public async Task A_spreadsheet_is_not_a_contribution_attachment()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var response = await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, "Texte."),
            ("Attachment1", "tableau.xlsx", SampleFiles.Xlsx("42")));
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("ce format n&#x27;est pas accepté ici (formats acceptés : PDF, DOCX et ODT)");
        (await CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_call_closed_meanwhile_is_refused_with_a_french_message()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var form = ContributionBuilders.Form(open.CallId, "Texte.");
        await QueryAsync(async db =>
        {
            var call = await db.ContributionCalls.SingleAsync(c => c.Id == open.CallId, Ct);
            call.ClosesOn = ContributionBuilders.CallOpened.AddDays(5);
            return await db.SaveChangesAsync(Ct);
        });
        var client = Anonymous();
        using var content = new FormUrlEncodedContent(form.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Key, f.Value!))
            .Append(KeyValuePair.Create("__RequestVerificationToken", await AuthorizationTokenAsync(client))));
        var page = await (await client.PostAsync("/contribuer", content, Ct)).Content.ReadAsStringAsync(Ct);
        page.ShouldContain("Cet appel à contributions n&#x27;est plus ouvert : choisissez-en un autre dans la liste.");
        page.ShouldContain("Texte.</textarea>");
        (await CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_nir_in_an_attachment_holds_it_back_the_group_never_downloads_it_and_the_secretariat_can_only_delete_it()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var nir = Samples.Grouped(Samples.Valid("1850578006084"));
        (await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, "Un texte sans donnée personnelle."),
            ("Attachment1", "liste.docx", SampleFiles.Docx($"Personne suivie : {nir}")), ("Attachment2", "note.odt", SampleFiles.Odt("Rien de personnel."))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var contribution = await QueryAsync(db => db.Contributions.Include(c => c.Attachments).SingleAsync(Ct));
        contribution.Status.ShouldBe(ContributionStatus.Held);
        contribution.Findings.ShouldBe("1 numéro de sécurité sociale (NIR)");
        contribution.Attachments.OrderBy(a => a.Id).Select(a => (a.FileName, a.IsHeld, a.Findings)).ShouldBe(
            [("liste.docx", true, "1 numéro de sécurité sociale (NIR)"), ("note.odt", false, "")]);
        contribution.SharedText.ShouldBeNull(); // held: waits for the secretariat, even though the text itself is clean
        StoredFiles().ShouldBe(2);

        var page = $"/espace/dossiers/{open.DossierId}/contributions/{contribution.Id}";
        var secretariat = Secretariat();
        (await Forms.PostAsync(secretariat, page, new Dictionary<string, string>
        {
            ["Redaction.Title"] = contribution.Title, ["Redaction.Text"] = "Un texte sans donnée personnelle.",
        }, page + "?handler=Redact")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Forms.PostAsync(secretariat, page, new Dictionary<string, string>(), page + "?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var held = contribution.Attachments.Single(a => a.IsHeld);
        var clean = contribution.Attachments.Single(a => !a.IsHeld);

        var member = Member(open.MemberUserId);
        (await member.GetAsync($"{page}/pieces-jointes/{held.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var download = await member.GetAsync($"{page}/pieces-jointes/{clean.Id}", Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.oasis.opendocument.text");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await member.GetStringAsync(page, Ct)).ShouldNotContain("liste.docx");
        (await secretariat.GetAsync($"/espace/contributions/{contribution.Id}/pieces-jointes/{held.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var release = await Forms.PostAsync(secretariat, page,
            new Dictionary<string, string> { ["Attachment.AttachmentId"] = held.Id.ToString(), ["Attachment.Checked"] = "true" }, page + "?handler=Release");
        (await release.Content.ReadAsStringAsync(Ct)).ShouldContain("contient 1 numéro de sécurité sociale (NIR) : elle ne peut pas être transmise au groupe");
        (await Forms.PostAsync(secretariat, page, new Dictionary<string, string> { ["Attachment.AttachmentId"] = held.Id.ToString() },
            page + "?handler=DeleteAttachment")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.ContributionAttachments.CountAsync(Ct))).ShouldBe(1);
        StoredFiles().ShouldBe(1);
    }

    [Fact]
    public async Task An_unreadable_attachment_is_held_until_the_secretariat_says_it_has_read_it()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var client = Anonymous();
        var response = await client.PostContributionAsync(ContributionBuilders.Form(open.CallId, "Texte."), ("Attachment1", "scan.pdf", SampleFiles.Pdf()));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var thanks = await client.GetStringAsync("/contribuer/merci", Ct);
        thanks.ShouldNotContain("données personnelles (");
        thanks.ShouldContain("Une pièce jointe n&#x27;a pas pu être lue en entier");
        var contribution = await QueryAsync(db => db.Contributions.Include(c => c.Attachments).SingleAsync(Ct));
        contribution.Status.ShouldBe(ContributionStatus.Held);
        contribution.Findings.ShouldBe("1 pièce jointe à vérifier");
        var attachment = contribution.Attachments.Single();
        attachment.Findings.ShouldBe("le document ne contient pas de texte lisible (image ou document numérisé)");

        var page = $"/espace/dossiers/{open.DossierId}/contributions/{contribution.Id}";
        var secretariat = Secretariat();
        var unconfirmed = await Forms.PostAsync(secretariat, page, new Dictionary<string, string> { ["Attachment.AttachmentId"] = attachment.Id.ToString() },
            page + "?handler=Release");
        (await unconfirmed.Content.ReadAsStringAsync(Ct)).ShouldContain("cochez la case pour confirmer");
        (await Forms.PostAsync(secretariat, page, new Dictionary<string, string>
        {
            ["Attachment.AttachmentId"] = attachment.Id.ToString(), ["Attachment.Checked"] = "true",
        }, page + "?handler=Release")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.ContributionAttachments.SingleAsync(Ct))).IsHeld.ShouldBeFalse();
    }

    private static async Task<string> AuthorizationTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/connexion");
        return System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }
}
