using System.Net;
using Conseil.Tests.Features.WorkingGroups;
using Conseil.Tests.Support;
using Conseil.Web.Features.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Contributions;

/// <summary>The secretariat opens a dossier to contributions and closes it: the public form follows.</summary>
public sealed class ContributionCallTests : ContributionTest
{
    [Fact]
    public async Task A_dossier_opened_to_contributions_appears_on_the_form_until_the_secretariat_closes_it()
    {
        var dossier = await QueryAsync(async db =>
        {
            var d = WorkingGroupBuilders.Dossier("Dossier à ouvrir");
            db.Dossiers.AddRange(d, WorkingGroupBuilders.Dossier("Dossier adopté", DossierState.Adopted));
            await db.SaveChangesAsync(Ct);
            return d.Id;
        });
        (await Anonymous().GetStringAsync("/contribuer", Ct)).ShouldContain("Aucun appel à contributions n'est ouvert pour le moment");
        var secretariat = Secretariat();
        var calls = await secretariat.GetStringAsync("/espace/contributions/appels", Ct);
        calls.ShouldContain($"value=\"dossier-{dossier}\"");
        calls.ShouldNotContain("Dossier adopté");

        var past = await Forms.PostAsync(secretariat, "/espace/contributions/appels", new Dictionary<string, string>
        {
            ["Input.Target"] = $"dossier-{dossier}", ["Input.ClosesOn"] = "2026-01-01",
        }, "/espace/contributions/appels?handler=Open");
        (await past.Content.ReadAsStringAsync(Ct)).ShouldContain("La date de clôture ne peut pas être passée.");

        var opened = await Forms.PostAsync(secretariat, "/espace/contributions/appels", new Dictionary<string, string>
        {
            ["Input.Target"] = $"dossier-{dossier}", ["Input.Invitation"] = "Racontez-nous vos pratiques.", ["Input.ClosesOn"] = "2026-12-31",
        }, "/espace/contributions/appels?handler=Open");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var form = await Anonymous().GetStringAsync("/contribuer", Ct);
        form.ShouldContain("Dossier à ouvrir");
        form.ShouldContain("Racontez-nous vos pratiques.");
        form.ShouldContain("jusqu&#x27;au 31 décembre 2026 inclus");

        var call = await QueryAsync(db => db.ContributionCalls.SingleAsync(Ct));
        (await Forms.PostAsync(secretariat, "/espace/contributions/appels", new Dictionary<string, string> { ["callId"] = call.Id.ToString() },
            "/espace/contributions/appels?handler=Close")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Anonymous().GetStringAsync("/contribuer", Ct)).ShouldNotContain("Dossier à ouvrir");
        (await secretariat.GetStringAsync("/espace/contributions/appels", Ct)).ShouldContain("Appels clos");
    }

    [Fact]
    public async Task A_dossier_adopted_meanwhile_is_no_longer_offered()
    {
        var open = await QueryAsync(db => db.AddOpenDossierAsync("Dossier bientôt adopté"));
        (await Anonymous().GetStringAsync("/contribuer", Ct)).ShouldContain("Dossier bientôt adopté");
        await QueryAsync(async db =>
        {
            (await db.Dossiers.SingleAsync(d => d.Id == open.DossierId, Ct)).State = DossierState.Adopted;
            return await db.SaveChangesAsync(Ct);
        });
        (await Anonymous().GetStringAsync("/contribuer", Ct)).ShouldNotContain("Dossier bientôt adopté");
    }
}
