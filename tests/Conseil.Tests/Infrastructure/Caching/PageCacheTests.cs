using Conseil.Tests.Support;
using Conseil.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Conseil.Tests.Infrastructure.Caching;

/// <summary>
/// The public pages come from the output cache: a change saved through the application is on the very next
/// request; a signed-in visitor is never served a cached page (theirs is rendered from the shared reads, which the
/// same saves evict); a cached page carries no nonce, and its Content-Security-Policy is written afresh and strict.
/// </summary>
public sealed class PageCacheTests : AppTest
{
    public static readonly TheoryData<string> CachedPages = new() { "/", "/composition" };

    [Fact]
    public async Task A_change_saved_here_is_on_the_very_next_request_and_a_write_behind_its_back_is_not()
    {
        var client = Factory.CreateClient();
        var body = await QueryAsync(db => db.Bodies.OrderBy(b => b.Id).FirstAsync(Ct));
        (await PageAsync(client)).ShouldContain(body.Description);

        // Not through SaveChanges: the cached page does not see it, which shows the page is cached.
        await QueryAsync(db => db.Bodies.Where(b => b.Id == body.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Description, "Écrit sans passer par le site"), Ct));
        (await PageAsync(client)).ShouldContain(body.Description);

        await QueryAsync(async db =>
        {
            var saved = await db.Bodies.SingleAsync(b => b.Id == body.Id, Ct);
            saved.Description = "Description enregistrée par le secrétariat";
            return await db.SaveChangesAsync(Ct);
        });
        (await PageAsync(client)).ShouldContain("Description enregistrée par le secrétariat");
    }

    [Fact]
    public async Task A_signed_in_visitor_is_neither_served_nor_stored_and_reads_a_saved_change_at_the_next_request()
    {
        var anonymous = Factory.CreateClient();
        var member = Factory.CreateClientAs(Roles.Member);
        (await PageAsync(member)).ShouldContain("Se déconnecter");
        (await PageAsync(anonymous)).ShouldNotContain("Se déconnecter");
        (await PageAsync(member)).ShouldContain("Se déconnecter");

        // The member's page is rendered for them from the shared read of the composition (ReadCache): a write behind
        // the application's back is on neither page, a saved one on both at the very next request.
        var body = await QueryAsync(db => db.Bodies.OrderBy(b => b.Id).FirstAsync(Ct));
        await QueryAsync(db => db.Bodies.Where(b => b.Id == body.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Description, "Vue par personne"), Ct));
        (await PageAsync(member)).ShouldNotContain("Vue par personne");
        await QueryAsync(async db =>
        {
            var saved = await db.Bodies.SingleAsync(b => b.Id == body.Id, Ct);
            saved.Description = "Vue par le membre";
            return await db.SaveChangesAsync(Ct);
        });
        (await PageAsync(member)).ShouldContain("Vue par le membre");
        (await PageAsync(anonymous)).ShouldContain("Vue par le membre");
    }

    [Theory]
    [MemberData(nameof(CachedPages))]
    public async Task A_cached_page_carries_no_nonce_and_a_fresh_strict_policy(string path)
    {
        var client = Factory.CreateClient();
        using var first = await client.GetAsync(path, Ct);
        using var cached = await client.GetAsync(path, Ct);

        cached.Headers.Age.ShouldNotBeNull($"{path} must come from the output cache the second time");
        cached.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await cached.Content.ReadAsStringAsync(Ct)).ShouldNotContain("nonce", Case.Insensitive);
        var policy = string.Join(";", cached.Headers.GetValues("Content-Security-Policy"));
        policy.ShouldContain("script-src 'self' 'nonce-");
        policy.ShouldNotContain("unsafe-inline");
        policy.ShouldNotContain("unsafe-eval");
        policy.ShouldNotBe(string.Join(";", first.Headers.GetValues("Content-Security-Policy")), "each response has its own nonce");
    }

    private static async Task<string> PageAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/composition", Ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
