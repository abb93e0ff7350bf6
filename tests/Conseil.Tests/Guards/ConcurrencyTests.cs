using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conseil.Tests.Support;
using Conseil.Web.Data;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Conseil.Tests.Guards;

/// <summary>The same request sent 50 times at once, each from its own client: the domain's "one" stays one.</summary>
public sealed class ConcurrencyTests(ConseilFactory factory) : IClassFixture<ConseilFactory>
{
    private const int Copies = 50;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage[]> SendAtOnceAsync(string path, object body, string? idempotencyKey = null)
    {
        var clients = Enumerable.Range(0, Copies).Select(_ => factory.CreateClientAs(Roles.Secretariat)).ToList();
        using var start = new ManualResetEventSlim();
        var sends = clients.Select(client => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            if (idempotencyKey is not null) request.Headers.Add(IdempotencyKey.Header, idempotencyKey);
            start.Wait(Ct);
            return await client.SendAsync(request, Ct);
        }, Ct)).ToList();
        start.Set();
        return await Task.WhenAll(sends);
    }

    private async Task<T> QueryAsync<T>(Func<AppDb, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    [Fact]
    public async Task Fifty_posts_of_one_person_with_one_idempotency_key_create_it_once_and_all_answer_its_id()
    {
        var name = $"Concurrent-{Guid.NewGuid():N}";

        var responses = await SendAtOnceAsync("/api/people", new { givenName = "Ada", familyName = name }, Guid.NewGuid().ToString());

        responses.Select(r => r.StatusCode).Distinct().ShouldBe([HttpStatusCode.Created]);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32()));
        ids.Distinct().Count().ShouldBe(1);
        responses.Count(r => r.Headers.Contains(IdempotencyKey.ReplayedHeader)).ShouldBe(Copies - 1);
        (await QueryAsync(db => db.People.CountAsync(p => p.FamilyName == name, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Fifty_identical_mandates_without_a_key_create_one_and_refuse_the_others_with_the_rules_message()
    {
        var (seatId, termId, personId) = await QueryAsync(async db =>
        {
            var term = await db.Terms.SingleAsync(t => t.Name == "2022–2027", Ct);
            var seat = await db.Seats.Where(s => !db.Mandates.Any(m => m.SeatId == s.Id && m.TermId == term.Id)).Select(s => s.Id).FirstAsync(Ct);
            var person = await db.People.Where(p => !db.Mandates.Any(m => m.PersonId == p.Id && m.TermId == term.Id)).Select(p => p.Id).FirstAsync(Ct);
            return (seat, term.Id, person);
        });

        var responses = await SendAtOnceAsync("/api/mandates", new
        {
            seatId, personId, termId, role = "FullMember", status = "Active", startDate = "2024-01-01", endDate = "2024-12-31",
        });

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest).ShouldBe(Copies - 1);
        (await QueryAsync(db => db.Mandates.CountAsync(m => m.SeatId == seatId && m.TermId == termId, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Fifty_organisations_with_one_acronym_create_one_and_answer_the_others_with_a_client_error()
    {
        var acronym = $"ORG-{Guid.NewGuid():N}"[..20];

        var responses = await SendAtOnceAsync("/api/organizations", new { acronym, name = "Organisme concurrent", kind = "Other" });

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest || r.StatusCode == HttpStatusCode.Conflict);
        (await QueryAsync(db => db.Organisations.CountAsync(o => o.Acronym == acronym, Ct))).ShouldBe(1);
    }
}
