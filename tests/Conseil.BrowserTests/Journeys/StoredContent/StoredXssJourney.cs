using Conseil.BrowserTests.Support;

namespace Conseil.BrowserTests.Journeys.StoredContent;

[Collection(StoredContentJourneys.Name)]
public sealed class StoredXssJourney(BrowserFixture browser)
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    [Fact]
    public async Task Payloads_stored_in_every_text_field_show_as_text_and_never_run_on_any_page()
    {
        await using var journey = await browser.OpenAsync();
        await SignIn.AsAsync(browser, journey);
        var check = new PayloadPageCheck(journey);
        var stored = await PayloadSeeder.SeedAsync(journey);
        var programmeAndDossiers = await ProgrammeAndDossierPayloads.SeedAsync(journey);
        var groups = await PayloadGroups.SeedAsync(browser, journey, stored);
        var work = await PayloadDossierWork.SeedAsync(journey, programmeAndDossiers.Dossiers[0]);
        var contributions = await PayloadContributions.SeedAsync(browser, journey, programmeAndDossiers.Dossiers[0]);
        var deliverable = await PayloadDeliverables.SeedAsync(journey, programmeAndDossiers.Dossiers[0]);
        var meeting = await PayloadMeetings.SeedAsync(browser, journey);
        var consultation = await PayloadConsultations.SeedAsync(browser, journey);

        await PayloadImport.UploadAsync(journey, stored);
        await check.CheckCurrentAsync("/espace/composition/import (vérification)", P);
        await PayloadImport.ApplyAsync(journey);
        await check.CheckCurrentAsync("/espace/composition/import (appliqué)", []);
        (await StoredFields.UnsweptAsync(browser.Server.Database)).ShouldBeEmpty("champs de texte où le balayage n'a rien enregistré");

        foreach (var (address, expected) in Pages(stored)) await check.VisitAsync(address, expected);
        foreach (var (address, expected) in ProgrammeAndDossierPayloads.Pages(programmeAndDossiers)) await check.VisitAsync(address, expected);
        foreach (var (address, expected) in PayloadGroups.Pages(groups)) await check.VisitAsync(address, expected);
        foreach (var (address, expected) in PayloadDossierWork.Pages(work)) await check.VisitAsync(address, expected);
        foreach (var (address, expected) in PayloadContributions.Pages(contributions)) await check.VisitAsync(address, expected);
        foreach (var (address, expected) in PayloadDeliverables.Pages(deliverable, programmeAndDossiers.Dossiers[0])) await check.VisitAsync(address, expected);
        foreach (var (address, expected) in PayloadMeetings.Pages(meeting)) await check.VisitAsync(address, expected);
        foreach (var (address, expected) in PayloadConsultations.Pages(consultation)) await check.VisitAsync(address, expected);

        check.Problems.ShouldBeEmpty(string.Join("\n", check.Problems));
        check.PagesChecked.ShouldBeGreaterThan(50);
    }

    private static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(StoredPayloads stored)
    {
        yield return ("/", []);
        yield return ("/espace", []);
        yield return ("/espace/rgpd", []);
        yield return ("/espace/composition/colleges", []);
        yield return ("/espace/composition/instances", PayloadSeeder.BodyName);
        foreach (var list in new[]
                 {
                     "/composition", "/api/composition", "/espace/composition/personnes", "/espace/composition/organismes",
                     "/espace/composition/mandatures", "/espace/composition/fonctions", $"/espace/composition/college/{stored.CollegeId}",
                     $"/espace/composition/instance/{stored.BodyId}", "/espace/journal", "/espace/comptes",
                 })
            yield return (list, P);
        for (var i = 0; i < P.Count; i++)
        {
            IReadOnlyList<string> one = [P[i]];
            yield return ($"/espace/composition/siege/{stored.Seats[i]}", one);
            yield return ($"/espace/composition/personne/{stored.People[i]}", one);
            yield return ($"/espace/rgpd/personnes/{stored.People[i]}", one);
            yield return ($"/espace/composition/organisme/{stored.Organisations[i]}", one);
            yield return ($"/espace/composition/mandature/{stored.Terms[i]}", one);
            yield return ($"/espace/composition/mandat/{stored.Mandates[i]}", one);
            yield return ($"/espace/comptes/{stored.Accounts[i]}", one);
        }
    }
}
