using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Privacy;

public sealed class ErasureTests : IDisposable
{
    private const string GivenName = "Zéphyrine";
    private const string FamilyName = "Quillebœuf-Orsenne";
    private const string Email = "zephyrine.quilleboeuf@exemple.test";
    private readonly ConseilFactory factory = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => factory.Dispose();

    /// <summary>The demo member who has a workspace account, renamed through the API so the audit log holds the names.</summary>
    private async Task<(int PersonId, string AccountEmail)> MemberWithAccountAsync()
    {
        var (personId, accountEmail) = await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.PersonId != null, Ct);
            return (user.PersonId!.Value, user.Email!);
        });
        var response = await factory.CreateClientAs(Roles.Secretariat).PutAsJsonAsync($"/api/people/{personId}",
            new { givenName = GivenName, familyName = FamilyName, gender = "Female", email = Email }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (personId, accountEmail);
    }

    private async Task EraseAsync(int personId)
    {
        var response = await Forms.PostAsync(factory.CreateClientAs(Roles.Administrator), $"/espace/rgpd/personnes/{personId}/effacer",
            new Dictionary<string, string> { ["Input.Confirmed"] = "true" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_access_export_holds_the_person_mandates_account_and_audit_entries_but_no_secrets()
    {
        var (personId, accountEmail) = await MemberWithAccountAsync();

        var response = await factory.CreateClientAs(Roles.Secretariat).GetAsync($"/api/privacy/people/{personId}/export", Ct);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe(PrivacyFeature.ExportFileName(personId));
        var text = await response.Content.ReadAsStringAsync(Ct);
        var export = System.Text.Json.JsonSerializer.Deserialize<PersonExport>(text, PrivacyFeature.ExportJson)!;
        export.Person.FamilyName.ShouldBe(FamilyName);
        export.Person.Email.ShouldBe(Email);
        export.Mandates.ShouldNotBeEmpty();
        export.BodyMemberships.ShouldNotBeEmpty();
        export.Accounts.Single().Email.ShouldBe(accountEmail);
        export.Accounts.Single().Roles.ShouldBe(["Membre"]);
        export.AuditEntries.ShouldContain(e => e.EntityType == "Person" && e.Action == "Modification");
        export.AuditEntries.ShouldContain(e => e.EntityType == "Mandate");
        var passwordHash = await factory.QueryAsync(db => db.Users.Where(u => u.PersonId == personId).Select(u => u.PasswordHash).SingleAsync(Ct));
        text.ShouldNotContain(passwordHash!);
        text.ShouldNotContain("SecurityStamp", Case.Insensitive);
        text.ShouldNotContain("PasswordHash", Case.Insensitive);
    }

    [Fact]
    public async Task The_person_page_shows_what_is_held_and_offers_the_export()
    {
        var (personId, _) = await MemberWithAccountAsync();

        var html = await factory.CreateClientAs(Roles.Administrator).GetStringAsync($"/espace/rgpd/personnes/{personId}", Ct);

        html.ShouldContain(Email);
        html.ShouldContain($"/api/privacy/people/{personId}/export");
        html.ShouldContain($"href=\"/espace/rgpd/personnes/{personId}/export\""); // the readable, printable export
        html.ShouldContain($"/espace/rgpd/personnes/{personId}/effacer");
    }

    [Fact]
    public async Task Erasure_requires_the_confirmation()
    {
        var (personId, _) = await MemberWithAccountAsync();

        var response = await Forms.PostAsync(factory.CreateClientAs(Roles.Administrator), $"/espace/rgpd/personnes/{personId}/effacer",
            new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Cochez la case pour confirmer l'effacement.");
        (await factory.QueryAsync(db => db.People.SingleAsync(p => p.Id == personId, Ct))).Email.ShouldBe(Email);
    }

    [Fact]
    public async Task After_erasure_the_former_names_and_emails_are_nowhere_in_the_database()
    {
        var (personId, accountEmail) = await MemberWithAccountAsync();

        await EraseAsync(personId);

        foreach (var text in new[] { GivenName, FamilyName, Email, accountEmail })
            (await factory.FindEverywhereAsync(text)).ShouldBeEmpty($"« {text} » est encore présent");
        var person = await factory.QueryAsync(db => db.People.SingleAsync(p => p.Id == personId, Ct));
        person.FullName.ShouldBe($"Personne anonymisée n°{personId}");
        person.Email.ShouldBeNull();
        person.Gender.ShouldBe(Conseil.Web.Features.Composition.Gender.Unspecified);
        person.IsDemo.ShouldBeTrue();
        (await factory.QueryAsync(db => db.Mandates.CountAsync(m => m.PersonId == personId, Ct))).ShouldBeGreaterThan(0);
        (await factory.QueryAsync(db => db.Users.AnyAsync(u => u.PersonId == personId, Ct))).ShouldBeFalse();
        (await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == PersonErasure.Action && e.EntityId == personId.ToString(), Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task After_erasure_the_public_exports_and_the_access_export_show_only_the_anonymous_name()
    {
        var (personId, _) = await MemberWithAccountAsync();
        var anonymous = factory.CreateClientAs(null);
        (await anonymous.GetStringAsync("/composition/export.csv", Ct)).ShouldContain(FamilyName);

        await EraseAsync(personId);

        var documents = new List<string>
        {
            await anonymous.GetStringAsync("/composition/export.csv", Ct),
            await anonymous.GetStringAsync("/composition/export.popolo.json", Ct),
            await anonymous.GetStringAsync("/api/composition", Ct),
            await factory.CreateClientAs(Roles.Secretariat).GetStringAsync($"/api/privacy/people/{personId}/export", Ct),
            await factory.CreateClientAs(Roles.Secretariat).GetStringAsync($"/espace/rgpd/personnes/{personId}/export", Ct),
            await factory.CreateClientAs(Roles.Secretariat).GetStringAsync("/espace/journal", Ct),
        };
        documents.AddRange(XlsxParts(await anonymous.GetByteArrayAsync("/composition/export.xlsx", Ct)));
        documents[0].ShouldContain($"anonymisée n°{personId}");
        foreach (var document in documents)
        {
            document.ShouldNotContain(GivenName);
            document.ShouldNotContain(FamilyName);
            document.ShouldNotContain(Email);
        }
    }

    private static List<string> XlsxParts(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        return zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
    }
}
