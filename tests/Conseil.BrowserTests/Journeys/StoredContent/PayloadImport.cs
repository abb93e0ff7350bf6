using System.Text;
using Conseil.BrowserTests.Support;
using Microsoft.Playwright;

namespace Conseil.BrowserTests.Journeys.StoredContent;

/// <summary>A roster file whose cells and name are payloads: line i names seat i for the payload term i (year 1900 + i).</summary>
public static class PayloadImport
{
    private const string Header = "college;siege;role;nom;prenom;genre;courriel;organisme;debut;fin;mandature;acte;statut";

    public static string FileName => XssPayloads.All[2] + ".csv";

    public static async Task UploadAsync(JourneyPage journey, StoredPayloads stored)
    {
        var p = XssPayloads.All;
        var lines = p.Select((payload, i) => string.Join(';', new[]
        {
            stored.CollegeNumber.ToString(), stored.SeatNumbers[i].ToString(), "titulaire", payload, p[(i + 1) % p.Count], "F",
            XssPayloads.AsEmail(payload), payload, $"01/01/{1900 + i}", $"31/12/{1900 + i}", payload, payload, "terminé",
        }.Select(Quoted)));
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Prepend(Header)) + "\r\n");
        await journey.GoToAsync("/espace/composition/import");
        await journey.Page.Locator("#fichier").SetInputFilesAsync(new FilePayload { Name = FileName, MimeType = "text/csv", Buffer = csv });
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = "Vérifier le fichier" }).ClickAsync();
        await journey.Page.Locator("caption").Filter(new() { HasTextRegex = new("Lignes refusées|Modifications") }).First.WaitForAsync();
    }

    public static async Task ApplyAsync(JourneyPage journey)
    {
        await journey.Page.GetByRole(AriaRole.Button, new() { Name = "Appliquer l'import" }).ClickAsync();
        await journey.Page.GetByRole(AriaRole.Heading, new() { Name = "Import appliqué" }).WaitForAsync();
    }

    private static string Quoted(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
