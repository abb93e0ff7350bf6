using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>
/// The work of a dossier, stored through its pages as the secretariat types it, in dossier 0 of
/// <see cref="ProgrammeAndDossierPayloads"/>: a document of minutes (title, file name, comment) and its second version
/// (file name, comment); a hearing (place, notes, minutes) with one person heard (name, role, organisation) who
/// consents to publication, on the dossier's theme, with the minutes attached.
/// </summary>
public static class PayloadDossierWork
{
    private static IReadOnlyList<string> P => XssPayloads.All;

    /// <summary>The payloads a file name can carry: the name keeps its last segment after a slash, and the browser escapes quotes.</summary>
    public static readonly IReadOnlyList<string> FileNames =
        ["<img src=x onerror=window.__xss=1>.pdf", "<svg onload=window.__xss=1>.pdf", "'-window.__xss=1-' <style>.pdf"];

    /// <summary>As many payloads as the 200 characters of a person's name take.</summary>
    public static string Name => string.Join(" ", P.Take(5));

    public sealed record Seeded(int DossierId, int DocumentId, int HearingId);

    public static async Task<Seeded> SeedAsync(JourneyPage journey, int dossier)
    {
        var page = journey.Page;
        await journey.GoToAsync($"/espace/dossiers/{dossier}/documents");
        await page.Locator("#Input_Title").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_Kind").SelectOptionAsync("HearingMinutes");
        await page.Locator("#Input_File").SetInputFilesAsync(Pdf(FileNames[0]));
        await page.Locator("#Input_Comment").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer le document" }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/dossiers/{dossier}/documents/*");
        var document = int.Parse(page.Url.Split('/').Last());

        await page.Locator("#Version_File").SetInputFilesAsync(Pdf(FileNames[1]));
        await page.Locator("#Version_Comment").FillAsync(PayloadGroups.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Déposer la version" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "2", Exact = true }).WaitForAsync();

        await journey.GoToAsync($"/espace/dossiers/{dossier}/auditions/nouvelle");
        await page.Locator("#Input_Date").FillAsync("2026-02-10");
        await page.Locator("#Input_Time").FillAsync("14:30");
        await page.Locator("#Input_Place").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_Participants_0__FullName").FillAsync(Name);
        await page.Locator("#Input_Participants_0__Role").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_Participants_0__Organisation").FillAsync(PayloadGroups.Title);
        await page.Locator("#Input_Participants_0__Consents").TickAsync();
        await page.Locator("input[name='Input.ThemeIds']").First.TickAsync();
        await page.Locator("#Input_Notes").FillAsync(PayloadGroups.Text);
        await page.Locator("#Input_Minutes").FillAsync(PayloadGroups.Text);
        await page.Locator($"#document-{document}").TickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'audition" }).ClickAsync();
        await page.WaitForURLAsync($"**/espace/dossiers/{dossier}/auditions/*");
        return new Seeded(dossier, document, int.Parse(page.Url.Split('/').Last()));
    }

    /// <summary>The pages showing the dossier's work to the secretariat, with the payloads each must show as text.</summary>
    public static IEnumerable<(string Address, IReadOnlyList<string> Expected)> Pages(Seeded seeded)
    {
        var dossier = $"/espace/dossiers/{seeded.DossierId}";
        IReadOnlyList<string> title = [PayloadGroups.Title];
        yield return (dossier, title);
        yield return ($"{dossier}/documents", title);
        yield return ($"{dossier}/documents/{seeded.DocumentId}", [.. P, PayloadGroups.Title, .. DisplayedFileNames]);
        yield return ($"{dossier}/auditions", [PayloadGroups.Title, Name]);
        yield return ($"{dossier}/auditions/{seeded.HearingId}", [.. P, PayloadGroups.Title, Name]);
        yield return ($"{dossier}/auditions/annexe", [PayloadGroups.Title, Name]);
    }

    /// <summary>The names as the site keeps them (<c>FileNames.Sanitize</c> changes none of these).</summary>
    private static IEnumerable<string> DisplayedFileNames => FileNames.Take(2);

    /// <summary>A file whose content is a PDF, as the type check reads it, under the given name.</summary>
    public static FilePayload Pdf(string name) => new()
    {
        Name = name, MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray(),
    };
}
