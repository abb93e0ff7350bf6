using System.Net;
using Conseil.Tests.Support;
using Conseil.Web.Features.Contributions;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Contributions;

/// <summary>
/// A contribution from the public form to the working group: held back when it carries personal data, read by the group
/// only in the text the secretariat redacted; a clean one waits for moderation all the same.
/// </summary>
public sealed class ContributionFlowTests : ContributionTest
{
    private const string Phone = "06 39 98 12 34";

    private Task<Contribution> LastAsync() =>
        QueryAsync(db => db.Contributions.AsNoTracking().Include(c => c.Attachments).OrderBy(c => c.Id).LastAsync(Ct));

    [Fact]
    public async Task A_contribution_with_a_phone_number_is_held_from_the_group_until_the_secretariat_redacts_and_accepts_it()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var anonymous = Anonymous();
        var sent = await anonymous.PostContributionAsync(ContributionBuilders.Form(open.CallId, $"Les maraudes continuent. Joindre la coordinatrice au {Phone}."));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync(Ct));
        sent.Headers.Location!.ToString().ShouldBe("/contribuer/merci");
        var thanks = await anonymous.GetStringAsync("/contribuer/merci", Ct);
        var held = await LastAsync();
        thanks.ShouldContain(held.Receipt!);
        thanks.ShouldContain("1 numéro de téléphone");
        held.Status.ShouldBe(ContributionStatus.Held);
        held.Findings.ShouldBe("1 numéro de téléphone");
        held.SharedText.ShouldBeNull();
        held.OriginalText!.ShouldContain(Phone);
        held.DossierId.ShouldBe(open.DossierId);

        var member = Member(open.MemberUserId);
        var page = $"/espace/dossiers/{open.DossierId}/contributions/{held.Id}";
        (await member.GetAsync(page, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.GetStringAsync($"/espace/dossiers/{open.DossierId}/contributions", Ct)).ShouldNotContain("Retour d&#x27;expérience");

        var secretariat = Secretariat();
        var moderation = await secretariat.GetStringAsync(page, Ct);
        moderation.ShouldContain($"{Phone}</mark>");
        moderation.ShouldContain("Joindre la coordinatrice au [numéro de téléphone masqué].");

        var early = await Forms.PostAsync(secretariat, page, new Dictionary<string, string>(), page + "?handler=Accept");
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.Content.ReadAsStringAsync(Ct)).ShouldContain("Masquez d&#x27;abord les données personnelles");

        var still = await Forms.PostAsync(secretariat, page,
            new Dictionary<string, string> { ["Redaction.Title"] = "Retour d'expérience", ["Redaction.Text"] = $"Joindre le {Phone}." }, page + "?handler=Redact");
        (await still.Content.ReadAsStringAsync(Ct)).ShouldContain("Le texte contient encore 1 numéro de téléphone : masquez-le avant d&#x27;enregistrer.");
        (await LastAsync()).Status.ShouldBe(ContributionStatus.Held);

        var redacted = await Forms.PostAsync(secretariat, page, new Dictionary<string, string>
        {
            ["Redaction.Title"] = "Retour d'expérience", ["Redaction.Text"] = "Les maraudes continuent. Joindre la coordinatrice au [numéro de téléphone masqué].",
        }, page + "?handler=Redact");
        redacted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LastAsync()).Status.ShouldBe(ContributionStatus.Received);
        (await Forms.PostAsync(secretariat, page, new Dictionary<string, string>(), page + "?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var accepted = await LastAsync();
        accepted.Status.ShouldBe(ContributionStatus.Accepted);
        accepted.OriginalText!.ShouldContain(Phone); // until the retention rule deletes it
        (await member.GetStringAsync($"/espace/dossiers/{open.DossierId}/contributions", Ct)).ShouldContain("Retour d&#x27;expérience");
        var read = await member.GetStringAsync(page, Ct);
        read.ShouldContain("Joindre la coordinatrice au [numéro de téléphone masqué].");
        read.ShouldNotContain(Phone);
        read.ShouldNotContain("Camille Contributrice");
        read.ShouldNotContain("camille@exemple.test");
        Factory.Errors.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_clean_contribution_waits_for_moderation_before_the_group_reads_it()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        (await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, "Des coopérations nouvelles sont nées pendant la crise.")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var received = await LastAsync();
        received.Status.ShouldBe(ContributionStatus.Received);
        received.SharedText.ShouldBe("Des coopérations nouvelles sont nées pendant la crise.");
        received.OriginalText.ShouldBeNull();
        received.Findings.ShouldBeEmpty();
        received.Consented.ShouldBeTrue();
        received.AuthorEmail.ShouldBe("camille@exemple.test");

        var page = $"/espace/dossiers/{open.DossierId}/contributions/{received.Id}";
        (await Member(open.MemberUserId).GetAsync(page, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var secretariat = Secretariat();
        (await secretariat.GetStringAsync("/espace/contributions?Statut=a-moderer", Ct)).ShouldContain(page);
        (await Forms.PostAsync(secretariat, page, new Dictionary<string, string>(), page + "?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Member(open.MemberUserId).GetStringAsync(page, Ct)).ShouldContain("Des coopérations nouvelles sont nées pendant la crise.");
    }

    [Fact]
    public async Task A_nir_whose_key_is_wrong_does_not_hold_a_contribution_back_and_a_valid_one_does()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync());
        var wrong = Infrastructure.PersonalData.Detection.Samples.Grouped(Infrastructure.PersonalData.Detection.Samples.WrongKey("2690299341732"));
        var valid = Infrastructure.PersonalData.Detection.Samples.Grouped(Infrastructure.PersonalData.Detection.Samples.Valid("2690299341732"));
        await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, $"Numéro de convention : {wrong}."));
        (await LastAsync()).Status.ShouldBe(ContributionStatus.Received);
        await Anonymous().PostContributionAsync(ContributionBuilders.Form(open.CallId, $"Son numéro de sécurité sociale : {valid}."));
        var held = await LastAsync();
        held.Status.ShouldBe(ContributionStatus.Held);
        held.Findings.ShouldBe("1 numéro de sécurité sociale (NIR)");
    }

    [Fact]
    public async Task The_secretariat_links_a_contribution_to_a_dossier_tags_it_and_it_moves_under_that_dossier()
    {
        var first = await QueryAsync(db => db.AddOpenDossierAsync("Premier dossier"));
        var second = await QueryAsync(db => db.AddOpenDossierAsync("Second dossier"));
        var id = await QueryAsync(async db =>
        {
            var contribution = ContributionBuilders.Contribution(first.DossierId, ContributionStatus.Received);
            db.Contributions.Add(contribution);
            await db.SaveChangesAsync(Ct);
            return contribution.Id;
        });
        var page = $"/espace/dossiers/{first.DossierId}/contributions/{id}";
        var secretariat = Secretariat();
        var moved = await Forms.PostAsync(secretariat, page, new Dictionary<string, string>
        {
            ["Classification.DossierId"] = second.DossierId.ToString(), ["Classification.AxisId"] = "", ["Classification.PolicyAreas"] = "Disability",
        }, page + "?handler=Classify");
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        moved.Headers.Location!.ToString().ShouldBe($"/espace/dossiers/{second.DossierId}/contributions/{id}");
        var saved = await LastAsync();
        saved.DossierId.ShouldBe(second.DossierId);
        saved.PolicyAreas.ShouldBe("Disability");
        (await secretariat.GetAsync(page, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await secretariat.GetStringAsync($"/espace/dossiers/{second.DossierId}/contributions/{id}", Ct)).ShouldContain("Handicap");
    }
}
