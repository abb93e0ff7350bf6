using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Conseil.Tests.Support;
using Conseil.Web.Data.Seed;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Features.Composition;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Features.Composition;

/// <summary>
/// The rules of the standing commission and the CEDTS through the body page and the API, on the demo content:
/// 11 members of the standing commission (12 at most), the CEDTS with its two vice-presidents and one
/// representative of each of the six colleges.
/// </summary>
public sealed class BodyRulesHttpTests : AppTest
{
    private const string Thirteenth = "La commission permanente compte déjà 12 membres (le maximum fixé) : mettez fin à une participation avant d'en ajouter une.";
    private readonly HttpClient secretariat;

    public BodyRulesHttpTests() => secretariat = Factory.CreateClientAs(Roles.Secretariat, userId: "claire");

    [Fact]
    public async Task A_thirteenth_member_of_the_standing_commission_is_refused_on_the_page_beside_the_person_field()
    {
        var body = await BodyIdAsync(ReferenceBodies.StandingCommissionSlug);
        var (twelfth, thirteenth) = await TwoOutsidersAsync(body);

        (await PostMemberAsync(body, twelfth)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await PostMemberAsync(body, thirteenth);

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync(Ct));
        document.QuerySelector("#Member_PersonId-error")!.TextContent.ShouldBe(Thirteenth);
        document.QuerySelector("#Member_PersonId")!.GetAttribute("aria-describedby")!.ShouldContain("Member_PersonId-error");
        document.QuerySelector("#Member_PersonId option[selected]")!.GetAttribute("value").ShouldBe(thirteenth.ToString());
        document.QuerySelector("#Rules_MaxMembers")!.GetAttribute("value").ShouldBe("12"); // the other forms show the record
        document.QuerySelectorAll("#Rules_OnePerCollege option").Select(o => o.TextContent).ShouldBe(["Non", "Oui"]);
        (await RunningMembersAsync(body)).ShouldBe(12);
    }

    [Fact]
    public async Task The_api_refuses_a_thirteenth_member_with_a_conflict_then_accepts_one_once_a_place_is_freed()
    {
        var body = await BodyIdAsync(ReferenceBodies.StandingCommissionSlug);
        var (twelfth, thirteenth) = await TwoOutsidersAsync(body);

        var added = await secretariat.PostAsJsonAsync($"/api/bodies/{body}/members", Member(twelfth), Ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var refused = await secretariat.PostAsJsonAsync($"/api/bodies/{body}/members", Member(thirteenth), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString().ShouldBe(Thirteenth);

        var membership = (await added.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32();
        var ended = await Forms.PostAsync(secretariat, $"/espace/composition/instance/{body}", new Dictionary<string, string>(),
            $"/espace/composition/instance/{body}?handler=End&membershipId={membership}");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await secretariat.PostAsJsonAsync($"/api/bodies/{body}/members", Member(thirteenth), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_second_representative_of_a_college_is_refused_at_the_cedts_on_the_page_and_by_the_api()
    {
        var body = await BodyIdAsync(ReferenceBodies.EthicsCommissionSlug);
        var (candidate, representative) = await QueryAsync(async db =>
        {
            var college = await db.Colleges.SingleAsync(c => c.Number == 3, Ct);
            var sitting = await db.BodyMemberships.Include(m => m.Person).SingleAsync(m => m.BodyId == body && m.RepresentedCollegeId == college.Id, Ct);
            var other = await db.Mandates.Where(m => m.Seat.CollegeId == college.Id && m.PersonId != sitting.PersonId && m.Term.Name == "2022–2027")
                .Select(m => m.PersonId).FirstAsync(Ct);
            return (other, sitting.Person.FullName);
        });
        var expected = $"Le collège « Représentants des personnes accompagnées » a déjà un représentant à la CEDTS : {representative}.";

        var api = await secretariat.PostAsJsonAsync($"/api/bodies/{body}/members", Member(candidate), Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString().ShouldBe(expected);
        var page = new HtmlParser().ParseDocument(await (await PostMemberAsync(body, candidate)).Content.ReadAsStringAsync(Ct));
        page.QuerySelector("#Member_PersonId-error")!.TextContent.ShouldBe(expected);
    }

    [Fact]
    public async Task The_vice_presidents_sit_at_the_cedts_without_being_counted_as_their_colleges_representatives()
    {
        var body = await BodyIdAsync(ReferenceBodies.EthicsCommissionSlug);
        var vicePresident = await QueryAsync(db => db.BodyMemberships
            .Where(m => m.BodyId == body && db.Offices.Any(o => o.PersonId == m.PersonId && o.Kind == OfficeKind.VicePresident))
            .FirstAsync(Ct));
        vicePresident.RepresentedCollegeId.ShouldBeNull();

        var ended = await Forms.PostAsync(secretariat, $"/espace/composition/instance/{body}", new Dictionary<string, string>(),
            $"/espace/composition/instance/{body}?handler=End&membershipId={vicePresident.Id}");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var again = await secretariat.PostAsJsonAsync($"/api/bodies/{body}/members", Member(vicePresident.PersonId), Ct);

        again.StatusCode.ShouldBe(HttpStatusCode.Created); // although their college has its representative
        Value(await again.Content.ReadFromJsonAsync<JsonElement>(Ct), "representedCollegeId").ShouldBeNull();
        var bodies = await secretariat.GetFromJsonAsync<JsonElement>("/api/bodies", Ct);
        var ethics = bodies.EnumerateArray().Single(b => b.GetProperty("id").GetInt32() == body);
        ethics.GetProperty("onePerCollege").GetBoolean().ShouldBeTrue();
        var colleges = ethics.GetProperty("members").EnumerateArray()
            .Where(m => Value(m, "endDate") is null).Select(m => Value(m, "representedCollegeId")).OfType<string>().ToList();
        colleges.Count.ShouldBe(6);
        colleges.Distinct().Count().ShouldBe(6);
    }

    [Fact]
    public async Task A_mandate_imported_in_a_second_college_gives_that_college_no_second_representative_at_the_cedts()
    {
        var body = await BodyIdAsync(ReferenceBodies.EthicsCommissionSlug);
        var (representative, qualifiedOne) = await QueryAsync(async db =>
        {
            var accompanied = await db.Colleges.SingleAsync(c => c.Number == 3, Ct);
            var qualified = await db.Colleges.SingleAsync(c => c.Number == 6, Ct);
            var sitting = await db.BodyMemberships.Where(m => m.BodyId == body).Include(m => m.Person).ToListAsync(Ct);
            return (sitting.Single(m => m.RepresentedCollegeId == accompanied.Id).Person, sitting.Single(m => m.RepresentedCollegeId == qualified.Id).Person);
        });
        // The CEDTS representative of college 3 takes a vacant seat of college 6 (qualified persons) as well.
        var line = $"6;9;titulaire;{representative.FamilyName};{representative.GivenName};;{representative.Email};;01/11/2026;13/06/2027;2022–2027;;actif";

        (await new Roster.RosterImportClient(Factory).ApplyAsync(Roster.RosterImportClient.Csv(line))).ShouldContain("Import appliqué");

        var colleges = await QueryAsync(db => db.BodyMemberships.Where(m => m.BodyId == body && m.RepresentedCollegeId != null)
            .Select(m => m.RepresentedCollegeId).ToListAsync(Ct));
        colleges.Distinct().Count().ShouldBe(6); // still one representative each: the college represented was fixed on joining
        var newcomer = await QueryAsync(db => db.Mandates.Where(m => m.Seat.College.Number == 6 && m.Term.Name == "2022–2027"
                && m.PersonId != qualifiedOne.Id && m.PersonId != representative.Id)
            .Select(m => m.PersonId).FirstAsync(Ct));
        var refused = await secretariat.PostAsJsonAsync($"/api/bodies/{body}/members", Member(newcomer), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!.ShouldEndWith($" : {qualifiedOne.FullName}.");
    }

    [Fact]
    public async Task The_president_is_not_recorded_among_the_members()
    {
        var body = await BodyIdAsync(ReferenceBodies.StandingCommissionSlug);
        var president = await QueryAsync(db => db.Offices.Where(o => o.Kind == OfficeKind.President && o.EndDate == null).Select(o => o.PersonId).SingleAsync(Ct));

        var response = await secretariat.PostAsJsonAsync($"/api/bodies/{body}/members", Member(president), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("PersonId")[0].GetString()!
            .ShouldStartWith("Mathieu Klein préside le Haut Conseil");
    }

    [Fact]
    public async Task Lowering_the_maximum_below_the_members_in_office_is_refused_then_a_fitting_one_is_saved_and_audited()
    {
        var body = await BodyIdAsync(ReferenceBodies.StandingCommissionSlug);
        const string tooLow = "La commission permanente compte 11 membres : le maximum ne peut pas être inférieur. Mettez d'abord fin à des participations.";

        var page = await Forms.PostAsync(secretariat, $"/espace/composition/instance/{body}",
            new Dictionary<string, string> { ["Rules.MaxMembers"] = "10", ["Rules.OnePerCollege"] = "False" },
            $"/espace/composition/instance/{body}?handler=Rules");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Ct)).QuerySelector("#Rules_MaxMembers-error")!.TextContent.ShouldBe(tooLow);
        var api = await secretariat.PutAsJsonAsync($"/api/bodies/{body}/rules", new { maxMembers = 10 }, Ct);
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("MaxMembers")[0].GetString().ShouldBe(tooLow);
        (await QueryAsync(db => db.Bodies.SingleAsync(b => b.Id == body, Ct))).MaxMembers.ShouldBe(12);

        var saved = await Forms.PostAsync(secretariat, $"/espace/composition/instance/{body}",
            new Dictionary<string, string> { ["Rules.MaxMembers"] = "11", ["Rules.OnePerCollege"] = "False" },
            $"/espace/composition/instance/{body}?handler=Rules");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await QueryAsync(db => db.Bodies.SingleAsync(b => b.Id == body, Ct))).MaxMembers.ShouldBe(11);
        var entry = await QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.EntityType == "Body", Ct));
        entry.UserName.ShouldBe("claire@conseil.test");
        entry.After!.ShouldContain("11");
    }

    [Fact]
    public async Task Twenty_people_sent_at_once_for_the_last_place_let_exactly_one_in()
    {
        var body = await BodyIdAsync(ReferenceBodies.StandingCommissionSlug);
        var people = await QueryAsync(db => db.People.Where(p => !db.BodyMemberships.Any(m => m.PersonId == p.Id) && !db.Offices.Any(o => o.PersonId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(20).ToListAsync(Ct));
        using var start = new ManualResetEventSlim();
        var sends = people.Select(person => Task.Run(async () =>
        {
            var client = Factory.CreateClientAs(Roles.Secretariat);
            start.Wait(Ct);
            return (await client.PostAsJsonAsync($"/api/bodies/{body}/members", Member(person), Ct)).StatusCode;
        }, Ct)).ToList();
        start.Set();
        var statuses = await Task.WhenAll(sends);

        statuses.Count(s => s == HttpStatusCode.Created).ShouldBe(1);
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(19);
        (await RunningMembersAsync(body)).ShouldBe(12);
    }

    // The API leaves null properties out.
    private static string? Value(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    private static object Member(int personId) => new { personId, role = "Member", startDate = "2026-11-22" };

    private Task<HttpResponseMessage> PostMemberAsync(int body, int person) =>
        Forms.PostAsync(secretariat, $"/espace/composition/instance/{body}",
            new Dictionary<string, string> { ["Member.PersonId"] = person.ToString(), ["Member.Role"] = "Member", ["Member.StartDate"] = "2026-11-22" },
            $"/espace/composition/instance/{body}?handler=Member");

    private Task<int> BodyIdAsync(string slug) => QueryAsync(db => db.Bodies.Where(b => b.Slug == slug).Select(b => b.Id).SingleAsync(Ct));

    private Task<int> RunningMembersAsync(int body) => QueryAsync(db => db.BodyMemberships.CountAsync(m => m.BodyId == body && m.EndDate == null, Ct));

    private Task<(int, int)> TwoOutsidersAsync(int body) => QueryAsync(async db =>
    {
        var ids = await db.People.Where(p => !db.BodyMemberships.Any(m => m.BodyId == body && m.PersonId == p.Id) && !db.Offices.Any(o => o.PersonId == p.Id))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync(Ct);
        return (ids[0], ids[1]);
    });
}
