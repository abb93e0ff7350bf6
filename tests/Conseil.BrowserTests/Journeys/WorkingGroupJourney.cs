using Conseil.BrowserTests.Support;
using Conseil.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys;

/// <summary>
/// A working group is formed: the secretariat creates it and opens a call for candidates; the demo member, not yet in
/// the group (its space answers 404), finds the call on the workspace home and applies; the secretariat selects them;
/// the member then enters the group's space. A member outside a group gets 404 on its pages.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class WorkingGroupJourney(BrowserFixture browser)
{
    private const string GroupName = "Accueil des étudiants en stage";

    [Fact]
    public async Task A_call_for_candidates_is_answered_by_a_member_and_closed_by_the_secretariat()
    {
        await using var secretariat = await browser.OpenAsync();
        var page = secretariat.Page;
        await SignIn.AsAsync(browser, secretariat);

        await page.GetByRole(AriaRole.Link, new() { Name = "Groupes de travail" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/groupes");
        await secretariat.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer un groupe de travail" }).ClickAsync();
        await page.WaitForURLAsync("**/espace/groupes/modifier");
        if (await page.Locator("#Input_DossierId option:not([value=''])").CountAsync() == 0)
        {
            await browser.Server.Database.AddDossierAsync("Saisine sur l'accueil des stagiaires");
            await page.ReloadAsync();
        }
        await secretariat.AssertAccessibleAsync();
        await page.GetByLabel("Nom du groupe").FillAsync(GroupName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le groupe" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Indiquez la mission du groupe.");
        await secretariat.AssertAccessibleAsync();
        await page.GetByLabel("Mission").FillAsync("Proposer des repères pour l'accueil des étudiants en travail social en stage.");
        await page.Locator("#Input_DossierId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le groupe" }).ClickAsync();
        await page.WaitForURLAsync("**/gestion");
        var group = page.Url.Replace("/gestion", "", StringComparison.Ordinal);
        await secretariat.AssertAccessibleAsync();

        await page.GetByLabel("Description de l'appel").FillAsync("Le groupe recherche cinq membres pour six réunions.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir l'appel" }).ClickAsync();
        await page.WaitForURLAsync("**/appels/*");
        var call = new Uri(page.Url).AbsolutePath;
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("L'appel à candidatures est enregistré");
        await secretariat.AssertAccessibleAsync();

        await using var member = await browser.OpenAsync();
        await SignIn.SubmitPasswordAsync(member, DemoContent.MemberEmail, SignIn.Password);
        await member.Page.WaitForURLAsync("**/espace");
        (await member.Page.GotoAsync(new Uri(group).AbsolutePath))!.Status.ShouldBe(404);
        await member.GoToAsync("/espace");
        await member.Page.GetByRole(AriaRole.Heading, new() { Name = "Appels à candidatures" }).WaitForAsync();
        await member.AssertAccessibleAsync();
        await member.Page.GetByRole(AriaRole.Link, new() { Name = GroupName }).ClickAsync();
        await member.Page.WaitForURLAsync("**" + call);
        await member.AssertAccessibleAsync();
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Déposer ma candidature" }).ClickAsync();
        (await member.Page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Dites en quelques lignes pourquoi vous souhaitez rejoindre ce groupe.");
        await member.AssertAccessibleAsync();
        await member.Page.GetByLabel("Votre motivation").FillAsync("J'encadre des stagiaires depuis dix ans.");
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Déposer ma candidature" }).ClickAsync();
        (await member.Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Votre candidature est enregistrée.");
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Retirer ma candidature" }).WaitForAsync();
        await member.AssertAccessibleAsync();

        await secretariat.GoToAsync(call);
        var memberName = await browser.Server.Database.QueryAsync(db =>
            db.People.Where(p => db.Users.Any(u => u.Email == DemoContent.MemberEmail && u.PersonId == p.Id)).Select(p => p.GivenName + " " + p.FamilyName).SingleAsync());
        await page.GetByRole(AriaRole.Checkbox, new() { Name = memberName }).TickAsync();
        await secretariat.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Arrêter la sélection" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("La sélection est arrêtée");
        (await page.GetByRole(AriaRole.Table, new() { Name = "Candidatures et décisions" }).InnerTextAsync()).ShouldContain("Retenue");
        await secretariat.AssertAccessibleAsync();

        // Selected, the member now enters the group's space and finds themselves among its members.
        await member.GoToAsync(new Uri(group).AbsolutePath);
        await member.Page.GetByRole(AriaRole.Heading, new() { Name = GroupName, Level = 1 }).WaitForAsync();
        var members = member.Page.GetByRole(AriaRole.Table, new() { Name = "Membres du groupe et leurs rôles" });
        (await members.GetByRole(AriaRole.Row).Filter(new() { HasText = memberName }).InnerTextAsync()).ShouldContain("Membre");
        await member.AssertAccessibleAsync();
        await member.GoToAsync(call);
        (await member.Page.Locator("main").InnerTextAsync()).ShouldContain("Décision : retenue.");
    }

    [Fact]
    public async Task A_member_outside_a_group_gets_the_not_found_page_on_its_space_and_threads()
    {
        var (groupId, threadId) = await browser.Server.Database.QueryAsync(async db =>
        {
            var member = await db.Users.Where(u => u.Email == DemoContent.MemberEmail).Select(u => u.PersonId).SingleAsync();
            var group = await db.WorkingGroups.Where(g => !g.Members.Any(m => m.PersonId == member)).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
            var thread = await db.GroupThreads.Where(t => t.WorkingGroupId == group).Select(t => (int?)t.Id).FirstOrDefaultAsync();
            return (group, thread);
        });
        await using var journey = await browser.OpenAsync();
        await SignIn.SubmitPasswordAsync(journey, DemoContent.MemberEmail, SignIn.Password);
        await journey.Page.WaitForURLAsync("**/espace");

        var response = await journey.Page.GotoAsync($"/espace/groupes/{groupId}");
        response!.Status.ShouldBe(404);
        (await journey.Page.Locator("h1").InnerTextAsync()).ShouldBe("Page introuvable");
        await journey.AssertAccessibleAsync();
        if (threadId is { } thread) (await journey.Page.GotoAsync($"/espace/groupes/{groupId}/fils/{thread}"))!.Status.ShouldBe(404);
        (await journey.Page.GotoAsync($"/espace/groupes/{groupId}/gestion"))!.Status.ShouldBe(404);
        (await journey.Page.GotoAsync("/espace/groupes/999999"))!.Status.ShouldBe(404);

        // Their list of groups does not name it either.
        await journey.GoToAsync("/espace/groupes");
        (await journey.Page.Locator($"main a[href='/espace/groupes/{groupId}']").CountAsync()).ShouldBe(0);
        await journey.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_member_chooses_how_to_hear_of_their_groups()
    {
        await using var journey = await browser.OpenAsync();
        var page = journey.Page;
        await SignIn.SubmitPasswordAsync(journey, DemoContent.MemberEmail, SignIn.Password);
        await page.WaitForURLAsync("**/espace");
        await journey.GoToAsync("/compte");
        await page.GetByRole(AriaRole.Link, new() { Name = "Choisir comment les recevoir par courriel" }).ClickAsync();
        await page.WaitForURLAsync("**/compte/notifications");
        await journey.AssertAccessibleAsync();

        var choices = page.GetByRole(AriaRole.Group, new() { Name = "Recevoir les nouvelles de mes groupes" });
        (await choices.GetByRole(AriaRole.Radio).CountAsync()).ShouldBe(3);
        await choices.GetByLabel("À chaque nouveauté").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon choix" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Votre choix est enregistré : à chaque nouveauté.");
        (await choices.GetByLabel("À chaque nouveauté").IsCheckedAsync()).ShouldBeTrue();
        await journey.AssertAccessibleAsync();

        await choices.GetByLabel("Un résumé quotidien").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon choix" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("un résumé quotidien");
    }
}
