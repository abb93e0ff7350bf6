using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Conseil.Web.Infrastructure.Idempotency;

namespace Conseil.Tests.Guards;

public sealed class IdempotencyTests(ConseilFactory factory) : IClassFixture<ConseilFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> PostPersonAsync(string familyName, string? key, string? userId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/people") { Content = JsonContent.Create(new { givenName = "Ada", familyName }) };
        if (key is not null) request.Headers.TryAddWithoutValidation(IdempotencyKey.Header, key);
        return factory.CreateClientAs(Roles.Secretariat, userId).SendAsync(request, Ct);
    }

    [Fact]
    public async Task A_repeated_key_replays_the_first_answer_with_its_status_location_and_body()
    {
        var key = Guid.NewGuid().ToString();
        var first = await PostPersonAsync("Rejoué", key);
        var second = await PostPersonAsync("Rejoué", key);

        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.GetValues(IdempotencyKey.ReplayedHeader).ShouldBe(["true"]);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await second.Content.ReadAsStringAsync(Ct)).ShouldBe(await first.Content.ReadAsStringAsync(Ct));
        first.Headers.Contains(IdempotencyKey.ReplayedHeader).ShouldBeFalse();
    }

    [Fact]
    public async Task A_key_reused_with_another_body_is_refused_with_422_in_french()
    {
        var key = Guid.NewGuid().ToString();
        (await PostPersonAsync("Premier", key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var reused = await PostPersonAsync("Second", key);

        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        reused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await reused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!.ShouldContain("autre requête");
    }

    [Theory]
    [InlineData("clé-accentuée")]
    [InlineData("tab\tinside")]
    public async Task A_malformed_key_is_refused_with_400_in_french(string key)
    {
        var response = await PostPersonAsync("Malformé", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!.ShouldContain("Idempotency-Key");
    }

    [Fact]
    public async Task A_key_longer_than_100_characters_is_refused() =>
        (await PostPersonAsync("Long", new string('k', 101))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

    [Fact]
    public async Task The_same_key_from_two_users_creates_two_records()
    {
        var key = Guid.NewGuid().ToString();
        var mine = await PostPersonAsync("Deux", key, "secretariat-a");
        var theirs = await PostPersonAsync("Deux", key, "secretariat-b");

        theirs.Headers.Contains(IdempotencyKey.ReplayedHeader).ShouldBeFalse();
        theirs.Headers.Location.ShouldNotBe(mine.Headers.Location);
    }

    [Fact]
    public async Task A_refused_write_is_replayed_as_refused()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { seatId = 999_999, personId = 1, termId = 1, role = "FullMember", status = "Active", startDate = "2024-01-01", endDate = "2024-12-31" };
        var client = factory.CreateClientAs(Roles.Secretariat);
        client.DefaultRequestHeaders.Add(IdempotencyKey.Header, key);

        var first = await client.PostAsJsonAsync("/api/mandates", body, Ct);
        var again = await client.PostAsJsonAsync("/api/mandates", body, Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        again.Headers.Contains(IdempotencyKey.ReplayedHeader).ShouldBeTrue();
    }
}
