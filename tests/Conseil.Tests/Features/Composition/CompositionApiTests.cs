using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Features.Composition;

public sealed class CompositionApiTests : AppTest
{
    [Fact]
    public async Task Anyone_can_read_the_composition_as_json()
    {
        var json = await Factory.CreateClientAs(null).GetFromJsonAsync<JsonElement>("/api/composition", Ct);

        json.GetProperty("colleges").GetArrayLength().ShouldBe(6);
        json.GetProperty("colleges")[1].GetProperty("quota").GetInt32().ShouldBe(18);
        json.GetProperty("term").GetProperty("name").GetString().ShouldBe("2022–2027");
        json.GetRawText().ShouldNotContain("@demo.conseil.test"); // no e-mails in the public read
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        var json = await Factory.CreateClientAs(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = json.GetProperty("paths");
        paths.TryGetProperty("/api/composition", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/mandates/{id}", out _).ShouldBeTrue();
        json.GetProperty("info").GetProperty("title").GetString().ShouldBe("Conseil – API du Haut Conseil du travail social");
    }

    [Fact]
    public async Task Every_api_path_is_english_and_every_operation_has_one_tag_naming_a_feature()
    {
        var json = await Factory.CreateClientAs(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var declared = json.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        declared.ShouldBe(["Composition", "Instances", "Import et exports", "Comptes", "Données personnelles", "Dossiers"], ignoreOrder: true);

        foreach (var path in json.GetProperty("paths").EnumerateObject())
        {
            if (path.Name.StartsWith("/api/", StringComparison.Ordinal))
                path.Name.Split('/').Where(s => !s.StartsWith('{')).ShouldAllBe(s => EnglishSegments.Contains(s), path.Name);
            foreach (var operation in path.Value.EnumerateObject())
            {
                var tags = operation.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
                tags.Count.ShouldBe(1, $"{operation.Name} {path.Name}");
                declared.ShouldContain(tags[0]);
            }
        }
    }

    // The words of the API's paths: English, as the code. A new resource adds its word here, in English.
    private static readonly HashSet<string> EnglishSegments =
        ["", "api", "composition", "terms", "organizations", "people", "seats", "colleges", "quota", "mandates", "bodies",
         "members", "rules", "deliberation", "account", "privacy", "register", "export", "dossiers"];

    [Fact]
    public async Task Writing_requires_the_secretariat()
    {
        var anonymous = await Factory.CreateClientAs(null).PostAsJsonAsync("/api/people", new { givenName = "A", familyName = "B" }, Ct);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var member = await Factory.CreateClientAs(Roles.Member).PostAsJsonAsync("/api/people", new { givenName = "A", familyName = "B" }, Ct);
        member.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.Content.ReadAsStringAsync(Ct)).ShouldContain("droits");
    }

    [Fact]
    public async Task A_mandate_ending_before_it_starts_is_refused_with_a_french_field_error()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        var (seatId, termId, personId) = await FreeSeatAsync();

        var response = await client.PostAsJsonAsync("/api/mandates", new
        {
            seatId, personId, termId, role = "FullMember", status = "Active",
            startDate = "2024-05-01", endDate = "2024-04-01",
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("EndDate")[0].GetString()!.ShouldContain("postérieure");
    }

    [Fact]
    public async Task Missing_fields_are_reported_one_by_one_in_french()
    {
        var response = await Factory.CreateClientAs(Roles.Secretariat).PostAsJsonAsync("/api/mandates", new { }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldContain("Choisissez un siège.");
        body.ShouldContain("Indiquez la date de début.");
    }

    [Fact]
    public async Task A_second_full_member_on_an_occupied_seat_is_refused_and_nothing_is_written()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        var occupied = await QueryAsync(db => db.Mandates.Where(m => m.Role == Web.Features.Composition.MandateRole.FullMember && m.Term.Name == "2022–2027").FirstAsync(Ct));
        var before = await QueryAsync(db => db.Mandates.CountAsync(Ct));
        var newcomer = await QueryAsync(db => db.People.Where(p => !db.Mandates.Any(m => m.PersonId == p.Id)).Select(p => p.Id).FirstAsync(Ct));

        var response = await client.PostAsJsonAsync("/api/mandates", new
        {
            seatId = occupied.SeatId, personId = newcomer, termId = occupied.TermId, role = "FullMember", status = "Active",
            startDate = "2023-01-01", endDate = "2024-01-01",
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("se chevauchent");
        (await QueryAsync(db => db.Mandates.CountAsync(Ct))).ShouldBe(before);
    }

    [Fact]
    public async Task A_college_cannot_get_more_seats_than_its_quota()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat);
        var college = await QueryAsync(db => db.Colleges.SingleAsync(c => c.Number == 3, Ct));

        var response = await client.PostAsJsonAsync("/api/seats", new { collegeId = college.Id, label = "Septième siège" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("errors").GetProperty("CollegeId")[0].GetString()!.ShouldContain("relevez d'abord son quota");
        var raised = await client.PutAsJsonAsync($"/api/colleges/{college.Id}/quota", new { quota = 7 }, Ct);
        raised.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/seats", new { collegeId = college.Id, label = "Septième siège" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_created_mandate_is_recorded_in_the_audit_log()
    {
        var client = Factory.CreateClientAs(Roles.Secretariat, userId: "secretariat-1");
        var (seatId, termId, personId) = await FreeSeatAsync();

        var response = await client.PostAsJsonAsync("/api/mandates", new
        {
            seatId, personId, termId, role = "FullMember", status = "Active", startDate = "2024-01-01", endDate = "2027-06-13",
            appointingAct = "Arrêté du 2 janvier 2024",
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var entry = await QueryAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "Mandate" && e.EntityId == id.ToString(), Ct));
        entry.UserName.ShouldBe("secretariat-1@conseil.test");
        entry.Action.ShouldBe("Création");
        entry.After!.ShouldContain("Arrêté du 2 janvier 2024");
    }

    [Fact]
    public async Task Malformed_json_is_a_french_400_not_a_500()
    {
        var response = await Factory.CreateClientAs(Roles.Secretariat)
            .PostAsync("/api/people", new StringContent("{\"givenName\": ", System.Text.Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Requête invalide");
    }

    private Task<(int SeatId, int TermId, int PersonId)> FreeSeatAsync() => QueryAsync(async db =>
    {
        var term = await db.Terms.SingleAsync(t => t.Name == "2022–2027", Ct);
        var seat = await db.Seats.Where(s => !db.Mandates.Any(m => m.SeatId == s.Id && m.TermId == term.Id)).Select(s => s.Id).FirstAsync(Ct);
        var person = await db.People.Where(p => !db.Mandates.Any(m => m.PersonId == p.Id && m.TermId == term.Id)).Select(p => p.Id).FirstAsync(Ct);
        return (seat, term.Id, person);
    });
}
