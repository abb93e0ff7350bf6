using Conseil.BrowserTests.Support;
using Conseil.Web.Data.Seed;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// The working groups' text fields, stored through their pages as the secretariat and the demo member would: a group
/// (name, mission), its call (description), the member's candidacy (motivation), selected; a co-lead (payload person 0,
/// whose digest then holds the group's name); a thread the member starts (subject, first message).
/// </summary>
public static class PayloadGroups
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    /// <summary>As many payloads as the 300 characters of a group's name or a thread's subject take.</summary>
    public static string Title => string.Join(" ", P.Take(6));
    public static string Text => string.Join("\n", P);

    public sealed record Seeded(int GroupId, int CallId, int ThreadId, int MemberPersonId, int CoLeadPersonId);

    public static async Task<Seeded> SeedAsync(BrowserFixture browser, JourneyPage secretariat, StoredPayloads stored)
    {
        var page = secretariat.Page;
        await secretariat.GoToAsync("/espace/groupes/modifier");
        if (await page.Locator("#Input_DossierId option:not([value=''])").CountAsync() == 0)
        {
            // The dossiers' pages store their own payloads; a group needs a dossier to belong to.
            await browser.Server.Database.AddDossierAsync("Dossier du balayage");
            await secretariat.GoToAsync("/espace/groupes/modifier");
        }
        await page.Locator("#Input_Name").FillAsync(Title);
        await page.Locator("#Input_Mission").FillAsync(Text);
        await page.Locator("#Input_DossierId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le groupe" }).ClickAsync();
        await page.WaitForURLAsync("**/gestion");
        var groupId = int.Parse(page.Url.Split('/')[^2]);

        await page.Locator("#Call_Description").FillAsync(Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir l'appel" }).ClickAsync();
        await page.WaitForURLAsync("**/appels/*");
        var callId = int.Parse(page.Url.Split('/').Last());

        await using var member = await browser.OpenAsync();
        await SignIn.SubmitPasswordAsync(member, DemoContent.MemberEmail, SignIn.Password);
        await member.Page.WaitForURLAsync("**/espace");
        await member.GoToAsync($"/espace/groupes/{groupId}/appels/{callId}");
        await member.Page.Locator("#Candidacy_Motivation").FillAsync(Text);
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Déposer ma candidature" }).ClickAsync();
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Retirer ma candidature" }).WaitForAsync();

        await secretariat.GoToAsync($"/espace/groupes/{groupId}/appels/{callId}");
        await page.Locator("input[name='Selection.Selected']").First.TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Arrêter la sélection" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La sélection est arrêtée" }).WaitForAsync();

        await secretariat.GoToAsync($"/espace/groupes/{groupId}/gestion");
        await page.Locator("#Member_PersonId").SelectOptionAsync(stored.People[0].ToString());
        await page.Locator("#Member_Role").SelectOptionAsync("CoLead");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter au groupe" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "La personne a rejoint le groupe" }).WaitForAsync();

        await member.GoToAsync($"/espace/groupes/{groupId}");
        await member.Page.Locator("#Thread_Subject").FillAsync(Title);
        await member.Page.Locator("#Thread_Text").FillAsync(Text);
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le fil" }).ClickAsync();
        await member.Page.WaitForURLAsync("**/fils/*");
        var threadId = int.Parse(member.Page.Url.Split('/').Last().Split('#')[0]);

        return new Seeded(groupId, callId, threadId, await browser.Server.Database.DemoMemberAsync(), stored.People[0]);
    }

    /// <summary>The pages showing the groups' payloads to the secretariat, with the payloads each must show as text.</summary>
    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(Seeded seeded)
    {
        var group = $"/espace/groupes/{seeded.GroupId}";
        yield return ("/espace/groupes", [Title]);
        yield return (group, [.. P, Title]);
        yield return ($"{group}/gestion", [Title]);
        yield return ($"/espace/groupes/modifier/{seeded.GroupId}", [Title, Text]);
        yield return ($"{group}/appels/{seeded.CallId}", P);
        yield return ($"{group}/fils/{seeded.ThreadId}", [.. P, Title]);
        yield return ($"/espace/rgpd/personnes/{seeded.MemberPersonId}/export", [.. P, Title]);
        yield return ($"/espace/rgpd/personnes/{seeded.CoLeadPersonId}/export", [Title]);
    }
}
