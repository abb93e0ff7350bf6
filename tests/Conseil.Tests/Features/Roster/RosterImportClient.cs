using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Roster;

/// <summary>Drives the import page as a secretariat user would: upload, read the dry run, confirm.</summary>
public sealed partial class RosterImportClient(ConseilFactory factory)
{
    public const string Url = "/espace/composition/import";
    public const string Header = "college;siege;role;nom;prenom;genre;courriel;organisme;debut;fin;mandature;acte;statut";

    private readonly HttpClient client = factory.CreateClientAs(Conseil.Web.Features.Accounts.Roles.Secretariat);

    public static byte[] Csv(params string[] lines) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. lines]) + "\r\n");

    public async Task<string> CheckAsync(byte[] content, string fileName = "composition.csv")
    {
        var page = await client.GetStringAsync(Url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TokenPattern().Match(page).Groups[1].Value), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Input.Fichier", fileName);
        var response = await client.PostAsync(Url, form);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Checks the file, then presses "Appliquer l'import" with what the dry run gave back.</summary>
    public async Task<string> ApplyAsync(byte[] content)
    {
        var dryRun = await CheckAsync(content);
        var carried = ContentPattern().Match(dryRun);
        if (!carried.Success) return dryRun;
        var response = await Forms.PostAsync(client, Url,
            new Dictionary<string, string> { ["Input.Contenu"] = carried.Groups[1].Value }, Url + "?handler=Apply");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<(int People, int Mandates)> CountAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        return (await db.People.CountAsync(), await db.Mandates.CountAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Input.Contenu\" value=\"([^\"]+)\"")]
    private static partial Regex ContentPattern();
}
