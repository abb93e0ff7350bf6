using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Privacy;

/// <summary>The access export speaks French to the person it is about, on the printable page and in the JSON's values.</summary>
public sealed partial class ReadableExportTests : AppTest
{
    [GeneratedRegex(@"\b(Female|Male|Unspecified|FullMember|Substitute|Active|Ended|Resigned|True|False|Person|Mandate|AppUser)\b|\b\d{4}-\d{2}-\d{2}\b|\w+\.\w+Id\b")]
    private static partial Regex Technical();

    private async Task<int> FemaleMemberWithAccountAsync()
    {
        var personId = await QueryAsync(db => db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value).FirstAsync(Ct));
        var person = await QueryAsync(db => db.People.SingleAsync(p => p.Id == personId, Ct));
        var response = await Factory.CreateClientAs(Roles.Secretariat).PutAsJsonAsync($"/api/people/{personId}",
            new { givenName = person.GivenName, familyName = person.FamilyName, gender = "Female", email = "export@exemple.test" }, Ct);
        response.EnsureSuccessStatusCode();
        return personId;
    }

    [Fact]
    public async Task The_readable_export_has_every_section_in_french_words_and_french_dates()
    {
        var personId = await FemaleMemberWithAccountAsync();

        var html = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync($"/espace/rgpd/personnes/{personId}/export", Ct);
        var main = new HtmlParser().ParseDocument(html).QuerySelector("main")!;
        var text = main.TextContent;

        main.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(
            ["Identité", "Mandats, fonctions et participations", "Groupes de travail", "Séances", "Nouvelles des groupes par courriel",
                "Compte de l'espace de travail", "Journal des modifications", "Courriels de la plateforme"]);
        text.ShouldContain("Femme");
        text.ShouldMatch("(Titulaire|Suppléant)");
        text.ShouldContain("état : en cours");
        text.ShouldContain("Membre");
        text.ShouldContain("Adresse électronique : ");
        text.ShouldContain("22 novembre 2026 à 11 h 00");
        // The demo member's working group, their message in its thread, their choice and the news waiting for their digest.
        text.ShouldMatch("Groupe « [^»]+ » : membre depuis le \\d+ \\w+ \\d{4}");
        text.ShouldContain("fil « Calendrier des auditions »");
        text.ShouldContain("Fréquence choisie : un résumé quotidien.");
        text.ShouldContain("1 nouvelle attend le prochain résumé quotidien");
        Technical().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        html.ShouldContain($"/api/privacy/people/{personId}/export");
    }

    [Fact]
    public async Task The_json_export_keeps_its_keys_and_gives_french_values()
    {
        var personId = await FemaleMemberWithAccountAsync();

        var text = await Factory.CreateClientAs(Roles.Secretariat).GetStringAsync($"/api/privacy/people/{personId}/export", Ct);
        var export = System.Text.Json.JsonSerializer.Deserialize<PersonExport>(text, PrivacyFeature.ExportJson)!;

        text.ShouldContain("\"gender\": \"Femme\"");
        export.Mandates.ShouldAllBe(m => m.Role == "Titulaire" || m.Role == "Suppléant");
        export.Mandates.ShouldContain(m => m.Status == "En cours");
        export.Accounts.Single().Roles.ShouldBe(["Membre"]);
        var change = export.AuditEntries.Last(e => e.EntityType == "Person");
        change.Type.ShouldBe("Personne");
        change.Changes.ShouldContain(c => c.Field == "Adresse électronique" && c.After == "export@exemple.test");
        text.ShouldNotContain("\\\""); // no stored JSON of technical names inside the export
    }

    [Fact]
    public async Task The_site_stylesheet_prints_the_export_without_the_site_chrome()
    {
        var css = await Factory.CreateClientAs(null).GetStringAsync("/css/site.css", Ct);

        css.ShouldContain("@media print");
        css.ShouldContain(".conseil-no-print");
    }
}
